package ir.khadamat.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.concurrent.atomic.AtomicLong;

/** Small cards for the tests, written as the REST API takes them, and helpers to read answers. */
public final class Cards {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    private Cards() {
    }

    /** A key no other test uses. */
    public static String newKey(String prefix) {
        return prefix + "-" + SERIAL.incrementAndGet();
    }

    /**
     * The start of the keys of the cards {@code author} creates: a province's user's cards have keys that start with
     * the province's code (the demonstration users' names start with it too), a national user's do not.
     */
    public static String partOf(String author) {
        return author.startsWith("tehran-") || author.startsWith("isfahan-") ? author.substring(0, author.indexOf('-') + 1) : "";
    }

    /** A service ID (11 digits) no other test uses. */
    public static String newServiceId() {
        return String.format("9%010d", SERIAL.incrementAndGet());
    }

    /** A card with a title, a summary and a description; everything else unknown. */
    public static String card(String key, String title, String summary, String description) {
        return Json.createObjectBuilder()
                .add("formatVersion", 1).add("key", key).add("summary", summary)
                .add("identification", Json.createObjectBuilder().add("title", title)
                        .add("executiveAgency", "prisons-organization"))
                .add("specification", Json.createObjectBuilder().add("description", description))
                .build().toString();
    }

    /** The benchmarks' three-step process (the Flowable one runs it too): three forms by provincial staff, then the end. */
    public static String threeForms(String key) {
        StringBuilder steps = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            steps.append("{\"id\":\"step-").append(i).append("\",\"title\":\"مرحله ").append(i)
                    .append("\",\"kind\":\"FORM\",\"role\":\"province-staff\",\"fields\":[{\"name\":\"note\",\"label\":\"یادداشت\","
                            + "\"type\":\"TEXT\",\"required\":true}],\"next\":[{\"to\":\"")
                    .append(i < 3 ? "step-" + (i + 1) : "end").append("\"}]},");
        }
        steps.append("{\"id\":\"end\",\"title\":\"پایان\",\"kind\":\"END\",\"config\":{\"result\":\"done\"}}");
        return "{\"formatVersion\":1,\"cardKey\":\"" + key + "\",\"start\":\"step-1\",\"applicant\":\"staff\",\"subject\":\"person\","
                + "\"steps\":[" + steps + "]}";
    }

    /** A process definition of a card: the steps given, from {@code s1}, then an END step {@code end}. */
    public static String processWithSteps(String key, String steps) {
        return "{\"formatVersion\":1,\"cardKey\":\"" + key + "\",\"start\":\"s1\",\"applicant\":\"staff\","
                + "\"subject\":\"person\",\"steps\":[" + steps + ",{\"id\":\"end\",\"title\":\"پایان\",\"kind\":\"END\","
                + "\"config\":{\"result\":\"done\"}}]}";
    }

    /**
     * A seed card's form with some of what the seed leaves unknown filled in (for the service page): a fee, the time
     * it takes, the channels of its request.
     */
    public static JsonObject withFeeTimeAndChannels(JsonObject form) {
        JsonObject details = Json.createObjectBuilder(form.getJsonObject("details"))
                .add("averageDeliveryTime", "۳ روز کاری")
                .add("fees", Json.createArrayBuilder().add(Json.createObjectBuilder().add("amountRials", 1_250_000)))
                .add("feesPaidElectronically", true).build();
        JsonObject access = Json.createObjectBuilder(form.getJsonObject("access"))
                .add("request", Json.createObjectBuilder().add("mode", "ELECTRONIC")
                        .add("channels", Json.createArrayBuilder().add("INTERNET").add("SMS"))).build();
        return Json.createObjectBuilder(form).add("details", details).add("access", access).build();
    }

    public static long version(Http.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    public static String status(Http.Reply reply) {
        return reply.json().getString("status");
    }

    public static JsonObject form(Http.Reply reply) {
        return reply.json().getJsonObject("form");
    }
}
