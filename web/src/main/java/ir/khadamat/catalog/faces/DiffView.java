package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardDiff;
import ir.khadamat.catalog.FieldChange;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.catalog.process.ProcessDiff;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * Two versions of a card side by side, field by field, and what changed in the process each runs, step by step in
 * words ({@code diff.xhtml?id=key&from=1&to=2}).
 */
@Named
@RequestScoped
public class DiffView {

    @EJB
    private ServiceCatalog catalog;

    private CardDetails from;
    private CardDetails to;
    private List<FieldChange> changes = List.of();
    private ProcessDefinition fromProcess;
    private ProcessDefinition toProcess;
    private ProcessDiff processDiff;
    private List<StepLines> stepChanges;

    @Inject
    private StepTexts texts;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String key = params.get("id");
        Integer a = number(params.get("from"));
        Integer b = number(params.get("to"));
        if (key == null || a == null || b == null) {
            return;
        }
        from = catalog.find(key, Math.min(a, b)).orElse(null);
        to = catalog.find(key, Math.max(a, b)).orElse(null);
        if (from != null && to != null) {
            changes = CardDiff.between(from.form(), to.form());
            fromProcess = ProcessDefinitions.shown(catalog.process(key, from.versionNo()).orElse(null), from.form());
            toProcess = ProcessDefinitions.shown(catalog.process(key, to.versionNo()).orElse(null), to.form());
            processDiff = ProcessDiff.between(fromProcess, toProcess);
        }
    }

    /** A line of a step in words, and whether the other version's step lacks it. */
    public record Line(String text, boolean changed) {
    }

    /** A step that changed, in words: its title (from the newer version when it has the step) and both sides. */
    public record StepLines(ProcessDiff.StepChange change, String title, List<Line> before, List<Line> after) {
    }

    /** Each changed step in words, worked out once a request. */
    public List<StepLines> getStepChanges() {
        if (stepChanges == null) {
            stepChanges = processDiff == null ? List.of() : processDiff.steps().stream().map(c -> {
                List<String> older = texts.lines(fromProcess, c.before());
                List<String> newer = texts.lines(toProcess, c.after());
                String title = texts.title(c.after() != null ? toProcess : fromProcess, c.step());
                return new StepLines(c, title, compared(older, newer), compared(newer, older));
            }).toList();
        }
        return stepChanges;
    }

    public String settingBefore(ProcessDiff.Setting setting) {
        return texts.setting(fromProcess, setting.name(), setting.before());
    }

    public String settingAfter(ProcessDiff.Setting setting) {
        return texts.setting(toProcess, setting.name(), setting.after());
    }

    private static List<Line> compared(List<String> lines, List<String> other) {
        return lines.stream().map(l -> new Line(l, !other.contains(l))).toList();
    }

    public ProcessDiff getProcessDiff() {
        return processDiff;
    }

    private static Integer number(String s) {
        return s != null && s.matches("[0-9]{1,6}") ? Integer.valueOf(s) : null;
    }

    public boolean isFound() {
        return from != null && to != null;
    }

    public CardDetails getFrom() {
        return from;
    }

    public CardDetails getTo() {
        return to;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
