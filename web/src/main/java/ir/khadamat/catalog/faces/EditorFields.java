package ir.khadamat.catalog.faces;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a field of the card's form is on the card editor ({@link CardEditor}): the id of the input that edits it, for
 * a problem of a save to show beside its input (the list on top names the field by {@link FieldNames}).
 */
final class EditorFields {

    /** The form-relative ids of the editor's inputs, by the path of the form's field they edit. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("key", "key"), Map.entry("summary", "summary"),
            Map.entry("identification", "title"), Map.entry("identification.title", "title"),
            Map.entry("identification.executiveAgency", "agency"), Map.entry("identification.parentAgency", "parent"),
            Map.entry("specification.description", "description"), Map.entry("specification.serviceTypes", "types"),
            Map.entry("specification.audience", "audience"), Map.entry("specification.nature", "nature"),
            Map.entry("specification.levels", "levels"), Map.entry("specification.relatedEvents", "events"),
            Map.entry("specification.startTriggers", "triggers"), Map.entry("specification.startTriggerOther", "triggerOther"),
            Map.entry("specification.requiredDocuments", "documents"), Map.entry("specification.legalBasis", "laws"),
            Map.entry("details.recipients", "recipients"), Map.entry("details.recipientsPeriod", "recipientsPeriod"),
            Map.entry("details.averageDeliveryTime", "duration"), Map.entry("details.frequency", "once"),
            Map.entry("details.frequency.onceForever", "once"), Map.entry("details.frequency.times", "times"),
            Map.entry("details.frequency.period", "frequencyPeriod"), Map.entry("details.inPersonVisits", "visits"),
            Map.entry("details.fees", "addFee"), Map.entry("details.feesPaidElectronically", "paidElectronically"),
            Map.entry("access.webAddress", "web"), Map.entry("access.systemName", "system"),
            Map.entry("systemLinks", "addSystemLink"), Map.entry("agencyLinks", "addAgencyLink"),
            Map.entry("processTitles", "processTitles"), Map.entry("processDiagram", "addStep"),
            Map.entry("processDiagram.steps", "addStep"), Map.entry("processDiagram.edges", "addEdge"),
            Map.entry("filler.name", "fillerName"), Map.entry("filler.phone", "fillerPhone"),
            Map.entry("filler.email", "fillerEmail"), Map.entry("filler.unit", "fillerUnit"));

    /** The inputs of a row of the editor's tables, by the table's path and the row's field. */
    private static final Map<String, Map<String, String>> ROW_INPUTS = Map.of(
            "details.fees", Map.of("amountRials", "amount", "bankAccount", "account"),
            "systemLinks", Map.of("system", "system", "exchangedFields", "fields", "mode", "mode"),
            "agencyLinks", Map.of("agency", "agency", "system", "system", "exchangedFields", "fields",
                    "feeRials", "fee", "mode", "mode", "nonElectronicBy", "by"),
            "processDiagram.steps", Map.of("id", "stepId", "title", "stepTitle"),
            "processDiagram.edges", Map.of("from", "from", "to", "to"));

    /** The inputs of a stage of §6 (their ids end with the stage's name), by the stage's field. */
    private static final Map<String, String> STAGE_INPUTS = Map.of("mode", "mode", "channels", "channels",
            "otherChannel", "otherChannel", "counterOfficeContractNumber", "contract",
            "counterOfficeSimilarTitles", "similar", "presenceReasons", "presence", "presenceReasonNote", "presenceNote",
            "officeLevels", "office");

    private static final Pattern ROW = Pattern.compile("(.+)\\[(\\d+)]\\.(\\w+).*");
    private static final Pattern STAGE = Pattern.compile("access\\.(information|request|production|delivery)\\.(\\w+).*");

    private EditorFields() {
    }

    /** The form-relative client id of the input that edits a field of the form, or null. */
    static String inputOf(String field) {
        String path = field.replaceAll("\\.<[^>]*>", "");
        Matcher stage = STAGE.matcher(path);
        if (stage.matches()) {
            String input = STAGE_INPUTS.get(stage.group(2));
            return input == null ? null : input + stage.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher row = ROW.matcher(path);
        if (row.matches() && ROW_INPUTS.containsKey(row.group(1))) {
            String input = ROW_INPUTS.get(row.group(1)).get(row.group(3));
            if (input != null) {
                return row.group(1).substring(row.group(1).lastIndexOf('.') + 1) + ":" + row.group(2) + ":" + input;
            }
        }
        String plain = path.replaceAll("\\[\\d+]", "");
        while (!plain.isEmpty()) {
            String input = INPUTS.get(plain);
            if (input != null) {
                return input;
            }
            plain = plain.contains(".") ? plain.substring(0, plain.lastIndexOf('.')) : "";
        }
        return null;
    }
}
