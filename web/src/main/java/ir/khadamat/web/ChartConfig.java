package ir.khadamat.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A Chart.js configuration (js/chart-setup.js draws it) for the workspace's charts: two series over the same labels,
 * right-to-left for a Persian reader (legend, tooltips, the x axis reversed and the y axis on the right) with the axes'
 * numbers in the reader's digits, no animation. The statistics' and the e-readiness' charts are both this one.
 */
public final class ChartConfig {

    private final String type;
    private final JsonArrayBuilder labels = JSON.createArrayBuilder();
    private final List<JsonObjectBuilder> datasets = new ArrayList<>();
    private JsonObjectBuilder y = JSON.createObjectBuilder().add("beginAtZero", true);

    private ChartConfig(String type) {
        this.type = type;
    }

    public static ChartConfig bar() {
        return new ChartConfig("bar");
    }

    public static ChartConfig line() {
        return new ChartConfig("line");
    }

    public ChartConfig label(String label) {
        labels.add(label);
        return this;
    }

    /** A series: its name in the legend, its values (one per label, in their order) and its colour. */
    public ChartConfig series(String name, List<? extends Number> values, String colour) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Number v : values) {
            if (v instanceof Integer || v instanceof Long) {
                data.add(v.longValue());
            } else {
                data.add(v.doubleValue());
            }
        }
        JsonObjectBuilder set = JSON.createObjectBuilder().add("label", name).add("data", data).add("backgroundColor", colour);
        if ("line".equals(type)) {
            set.add("borderColor", colour);
        }
        datasets.add(set);
        return this;
    }

    /** The y axis from {@code min} to {@code max} (a percentage, say) rather than from zero to the data's highest. */
    public ChartConfig range(int min, int max) {
        y = JSON.createObjectBuilder().add("min", min).add("max", max);
        return this;
    }

    public String json(boolean rtl) {
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        datasets.forEach(sets::add);
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder()
                        .add("locale", rtl ? "fa-IR" : "en") // the axes' numbers in the user's digits (Intl)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder()
                                .add("legend", JSON.createObjectBuilder().add("rtl", rtl).add("position", "top"))
                                .add("tooltip", JSON.createObjectBuilder().add("rtl", rtl)))
                        .add("scales", JSON.createObjectBuilder()
                                .add("x", JSON.createObjectBuilder().add("reverse", rtl))
                                .add("y", y.add("position", rtl ? "right" : "left"))))
                .build().toString();
    }
}
