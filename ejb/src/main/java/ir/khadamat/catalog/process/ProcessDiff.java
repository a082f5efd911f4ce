package ir.khadamat.catalog.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in the process a card runs between two of its versions: who starts a case and what it is about, where
 * it starts, and each step added, removed or changed (steps are matched by their id).
 *
 * @param settings the definition's own settings that differ ({@code applicant}, {@code subject}, {@code start})
 * @param steps    the steps that differ: the newer version's in its order, then those it no longer has
 */
public record ProcessDiff(List<Setting> settings, List<StepChange> steps) {

    /** A setting of the definition, before and after. */
    public record Setting(String name, String before, String after) {
    }

    /** A step added ({@code before} null), removed ({@code after} null) or changed. */
    public record StepChange(String step, ProcessDefinition.Step before, ProcessDefinition.Step after) {

        /** {@code added}, {@code removed} or {@code changed}. */
        public String change() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }
    }

    public static ProcessDiff between(ProcessDefinition older, ProcessDefinition newer) {
        List<Setting> settings = new ArrayList<>();
        setting(settings, "applicant", older.applicant(), newer.applicant());
        setting(settings, "subject", older.subject(), newer.subject());
        setting(settings, "start", older.start(), newer.start());
        Map<String, ProcessDefinition.Step> before = byId(older);
        Map<String, ProcessDefinition.Step> after = byId(newer);
        List<StepChange> steps = new ArrayList<>();
        after.forEach((id, step) -> {
            if (!Objects.equals(before.get(id), step)) {
                steps.add(new StepChange(id, before.get(id), step));
            }
        });
        before.forEach((id, step) -> {
            if (!after.containsKey(id)) {
                steps.add(new StepChange(id, step, null));
            }
        });
        return new ProcessDiff(List.copyOf(settings), List.copyOf(steps));
    }

    public boolean isEmpty() {
        return settings.isEmpty() && steps.isEmpty();
    }

    private static void setting(List<Setting> settings, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            settings.add(new Setting(name, before, after));
        }
    }

    private static Map<String, ProcessDefinition.Step> byId(ProcessDefinition d) {
        Map<String, ProcessDefinition.Step> steps = new LinkedHashMap<>();
        if (d.steps() != null) {
            d.steps().forEach(s -> steps.putIfAbsent(String.valueOf(s.id()), s));
        }
        return steps;
    }
}
