package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.process.ExchangeMode;
import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.catalog.process.ProcessDiagramSvg;
import ir.khadamat.catalog.process.ProcessProblem;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.persian.Iran;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The service designer ({@code workspace/designer.xhtml?key=…}): a card's process definition built on screen, in
 * Persian, without writing JSON. The steps are a list to add to, reorder and remove, each with its kind, the role that
 * acts, its titles and, by kind, its fields, outcomes, next step or settings. Every change is checked at once by the
 * rules the engine uses ({@link ProcessDefinitions#problems}), each problem shown beside its step; the diagram is drawn
 * again, and the step chosen for the preview is shown as its generated screen ({@link StepPreview}). A card without a
 * definition starts from its §10 diagram ({@link ProcessDefinitions#fromDiagram}), after a step for its §4 documents
 * when it lists any. Saving stores the definition with the card's draft (a published card gets it with its next
 * version), with its problems if it still has some: such a card cannot be submitted, so the engine never reads an
 * unsound definition ({@link CardAuthoring#draftProcess}).
 * <p>
 * What a definition holds beyond what the screen edits — English option labels, settings of other kinds — is kept
 * as it was read.
 */
@Named
@ViewScoped
public class ProcessDesigner implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private CardAuthoring authoring;

    @Inject
    private Messages messages;

    @Inject
    private UserLanguage language;

    @Inject
    private DesignerDrafts drafts;

    @Inject
    private Display show;

    @Inject
    private StepTexts texts;

    private String key;
    private String title;
    private long basedOn;
    private boolean found;
    private String applicant = "staff";
    private String subject = "person";
    private final List<StepRow> steps = new ArrayList<>();
    private String newKind = StepKind.FORM.name();
    private String notice;
    private boolean saved;
    private int counter;
    /** The §7/§8 rows an inquiry step can execute ("§7:1", "§8:judiciary") and how the card names each. */
    private final LinkedHashMap<String, String> links = new LinkedHashMap<>();
    /** The step whose generated screen is previewed. */
    private String previewStep;
    /** The definition on screen and its problems, worked out once per response ({@link #prepare}). */
    private transient ProcessDefinition current;
    private transient List<ProcessProblem> problems;

    /** One step as the screen edits it. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private String title;
        private String titleEn;
        private String kind;
        private String role;
        private String next;
        private final List<FieldRow> fields = new ArrayList<>();
        private final List<OutcomeRow> outcomes = new ArrayList<>();
        /** The transitions with a condition, tried in their order before the unconditional one. */
        private final List<ConditionRow> conditions = new ArrayList<>();
        /** The kind's settings (PAYMENT's amount, INQUIRY's link and mode, END's result, …). */
        private final LinkedHashMap<String, String> config = new LinkedHashMap<>();

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getNext() {
            return next;
        }

        public void setNext(String next) {
            this.next = next;
        }

        public List<FieldRow> getFields() {
            return fields;
        }

        public List<OutcomeRow> getOutcomes() {
            return outcomes;
        }

        public Map<String, String> getConfig() {
            return config;
        }

        public List<ConditionRow> getConditions() {
            return conditions;
        }

        public boolean isInquiry() {
            return StepKind.INQUIRY.name().equals(kind);
        }

        public boolean isEnd() {
            return StepKind.END.name().equals(kind);
        }

        public boolean isDecision() {
            return StepKind.DECISION.name().equals(kind);
        }

        /** Whether its fields are edited here: a form's, a decision's notes, a documents step's papers. */
        public boolean isWithFields() {
            return StepKind.FORM.name().equals(kind) || StepKind.DECISION.name().equals(kind)
                    || StepKind.DOCUMENTS.name().equals(kind);
        }
    }

    /** A field of a form step; its choices one per line. */
    public static class FieldRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String label;
        private String labelEn;
        private String type = FieldType.TEXT.name();
        private boolean required;
        private String choices;
        private String help;
        private String helpEn;
        /** The choices' codes as read, by their Persian label: kept while the label is. */
        private LinkedHashMap<String, String> codes = new LinkedHashMap<>();
        private Map<String, String> optionsEn;

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getChoices() {
            return choices;
        }

        public String getHelp() {
            return help;
        }

        public void setHelp(String help) {
            this.help = help;
        }

        public String getHelpEn() {
            return helpEn;
        }

        public void setHelpEn(String helpEn) {
            this.helpEn = helpEn;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        /** The choices as the definition keeps them: code → Persian label, in their order. */
        Map<String, String> options() {
            if (!FieldType.CHOICE.name().equals(type) || choices == null || choices.isBlank()) {
                return null;
            }
            Map<String, String> options = new LinkedHashMap<>();
            int n = 1;
            for (String line : choices.split("\\R")) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                String code = codes.get(text);
                while (code == null || options.containsKey(code)) {
                    code = "option-" + n++;
                }
                options.put(code, text);
            }
            return options.isEmpty() ? null : options;
        }
    }

    /** A conditional transition: when a field of the case (or the decision's outcome) has a value, go to a step. */
    public static class ConditionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String when;
        private String equals;
        private String to;

        public String getWhen() {
            return when;
        }

        public void setWhen(String when) {
            this.when = when;
        }

        public String getEquals() {
            return equals;
        }

        public void setEquals(String equals) {
            this.equals = equals;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    /** An outcome of a decision and the step it leads to. */
    public static class OutcomeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String label;
        private String labelEn;
        private String to;

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    /** Opens the card of {@code ?key=}: its own definition, or one drawn from its §10 and §4. */
    public void open() {
        if (key != null) {
            return;
        }
        key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("key");
        try {
            CardDetails card = key == null ? null : catalog.find(key).filter(CardDetails::latest).orElse(null);
            if (card == null || !catalog.isOwn(key) || !author(card)) {
                notice = messages.get("designer.notFound");
                return;
            }
            found = true;
            basedOn = card.version();
            title = card.form().identification() == null ? key : card.form().identification().title();
            links(card);
            String json = catalog.process(key).orElse(null);
            ProcessDefinition definition;
            try {
                definition = json == null ? drawn(card.form()) : ProcessDefinitions.parse(json);
            } catch (ProcessDefinitions.UnsoundDefinition e) {
                definition = drawn(card.form()); // not a definition at all (never saved so): start again from the card
            }
            load(definition);
        } catch (EJBAccessException | CardNotFound e) {
            notice = messages.get("designer.notFound");
            found = false;
        }
    }

    /** The card's §7 rows and §8 agencies, as the card names them: what an inquiry step can execute. */
    private void links(CardDetails card) {
        CardForm form = card.form();
        if (form.systemLinks() != null) {
            for (int i = 0; i < form.systemLinks().size(); i++) {
                var row = form.systemLinks().get(i);
                links.put("§7:" + (i + 1), messages.get("designer.link.system")
                        .replace("{0}", show.number(i + 1))
                        .replace("{1}", row == null || row.system() == null ? "" : row.system()));
            }
        }
        if (form.agencyLinks() != null) {
            for (var row : form.agencyLinks()) {
                if (row == null || row.agency() == null) {
                    continue;
                }
                var name = card.agencies() == null ? null : card.agencies().get(row.agency());
                String shown = name == null ? row.agency()
                        : Iran.english(language.getLocale()) && name.englishName() != null ? name.englishName() : name.persianName();
                links.put("§8:" + row.agency(), messages.get("designer.link.agency").replace("{0}", shown));
            }
        }
    }

    /** Whether the signed-in user writes this card: headquarters a national one, a province's admin the province's. */
    private static boolean author(CardDetails card) {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return card.provinceCode() == null ? context.isUserInRole(Roles.HQ_ADMIN) : context.isUserInRole(Roles.PROVINCE_ADMIN);
    }

    /** §10's steps, after a step for §4's documents when the card lists any. */
    static ProcessDefinition drawn(CardForm form) {
        ProcessDefinition d = ProcessDefinitions.fromDiagram(form);
        boolean documents = form.specification() != null && form.specification().requiredDocuments() != null
                && !form.specification().requiredDocuments().isEmpty();
        if (!documents) {
            return d;
        }
        List<ProcessDefinition.Step> steps = new ArrayList<>();
        steps.add(new ProcessDefinition.Step("documents", "بررسی مدارک", StepKind.DOCUMENTS, Roles.PROVINCE_STAFF, null,
                null, List.of(new ProcessDefinition.Transition(d.start(), null, null)), null, "Documents checked"));
        steps.addAll(d.steps());
        return new ProcessDefinition(d.formatVersion(), d.cardKey(), "documents", d.applicant(), d.subject(), steps);
    }

    private void load(ProcessDefinition d) {
        steps.clear();
        applicant = d.applicant() == null ? "staff" : d.applicant();
        subject = d.subject() == null ? "person" : d.subject();
        List<ProcessDefinition.Step> ordered = new ArrayList<>(d.steps());
        // the start first: it is where a case begins
        ordered.stream().filter(s -> Objects.equals(s.id(), d.start())).findFirst().ifPresent(s -> {
            ordered.remove(s);
            ordered.add(0, s);
        });
        for (ProcessDefinition.Step s : ordered) {
            StepRow row = new StepRow();
            row.id = s.id();
            row.title = s.title();
            row.titleEn = s.titleEn();
            row.kind = s.kind() == null ? null : s.kind().name();
            row.role = s.role();
            if (s.config() != null) {
                row.config.putAll(s.config());
            }
            if ("card".equals(row.config.get("amountRials"))) {
                row.config.remove("amountRials"); // shown empty: the card's §5 fee
            }
            if (s.next() != null) {
                for (ProcessDefinition.Transition t : s.next()) {
                    if (t.when() == null) {
                        if (row.next == null) {
                            row.next = t.to(); // the first unconditional one: any after it is never taken
                        }
                    } else {
                        ConditionRow condition = new ConditionRow();
                        condition.when = t.when();
                        condition.equals = t.equals();
                        condition.to = t.to();
                        row.conditions.add(condition);
                    }
                }
            }
            if (s.fields() != null) {
                for (ProcessDefinition.Field f : s.fields()) {
                    FieldRow field = new FieldRow();
                    field.name = f.name();
                    field.label = f.label();
                    field.labelEn = f.labelEn();
                    field.type = f.type() == null ? null : f.type().name();
                    field.required = f.required();
                    field.optionsEn = f.optionsEn();
                    field.help = f.help();
                    field.helpEn = f.helpEn();
                    if (f.options() != null) {
                        f.options().forEach((code, label) -> field.codes.put(label, code));
                        field.choices = String.join("\n", f.options().values());
                    }
                    row.fields.add(field);
                }
            }
            if (s.outcomes() != null) {
                for (ProcessDefinition.Outcome o : s.outcomes()) {
                    OutcomeRow outcome = new OutcomeRow();
                    outcome.name = o.name();
                    outcome.label = o.label();
                    outcome.labelEn = o.labelEn();
                    outcome.to = o.to();
                    row.outcomes.add(outcome);
                }
            }
            steps.add(row);
        }
    }

    /** Before each response: the definition and its problems worked out again, and shared with the preview. */
    public void prepare() {
        current = null;
        problems = null;
        if (found) {
            drafts.put(key, ProcessDefinitions.write(getDefinition()));
            if (previewStep == null || steps.stream().noneMatch(s -> previewStep.equals(s.id))) {
                previewStep = steps.isEmpty() ? null : steps.get(0).id;
            }
        }
    }

    /** The definition the screen holds now. */
    public ProcessDefinition getDefinition() {
        if (current == null) {
            current = definition();
        }
        return current;
    }

    private ProcessDefinition definition() {
        List<ProcessDefinition.Step> out = new ArrayList<>();
        for (StepRow s : steps) {
            StepKind kind = s.kind == null ? null : StepKind.valueOf(s.kind);
            List<ProcessDefinition.Field> fields = new ArrayList<>();
            if (s.isWithFields()) {
                for (FieldRow f : s.fields) {
                    Map<String, String> options = f.options();
                    Map<String, String> optionsEn = f.optionsEn == null || options == null ? null
                            : new LinkedHashMap<>(f.optionsEn);
                    if (optionsEn != null) {
                        optionsEn.keySet().retainAll(options.keySet());
                    }
                    fields.add(new ProcessDefinition.Field(f.name, blankToNull(f.label), f.type == null ? null
                            : FieldType.valueOf(f.type), f.required, options, blankToNull(f.labelEn),
                            optionsEn == null || optionsEn.isEmpty() ? null : optionsEn, blankToNull(f.help),
                            blankToNull(f.helpEn)));
                }
            }
            List<ProcessDefinition.Outcome> outcomes = null;
            List<ProcessDefinition.Transition> next = null;
            if (s.isDecision()) {
                outcomes = new ArrayList<>();
                for (OutcomeRow o : s.outcomes) {
                    outcomes.add(new ProcessDefinition.Outcome(o.name, blankToNull(o.label), blankToNull(o.to),
                            blankToNull(o.labelEn)));
                }
            } else if (!s.isEnd()) {
                next = new ArrayList<>();
                for (ConditionRow c : s.conditions) {
                    next.add(new ProcessDefinition.Transition(blankToNull(c.to), blankToNull(c.when), c.equals == null ? "" : c.equals.strip()));
                }
                if (s.next != null && !s.next.isBlank()) {
                    next.add(new ProcessDefinition.Transition(s.next, null, null));
                }
            }
            Map<String, String> config = new LinkedHashMap<>();
            s.config.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    config.put(k, v.strip());
                }
            });
            if (kind == StepKind.PAYMENT) {
                config.putIfAbsent("amountRials", "card"); // no amount: the card's §5 fee
            }
            out.add(new ProcessDefinition.Step(s.id, blankToNull(s.title), kind, s.isEnd() ? null : s.role,
                    fields.isEmpty() ? null : fields, outcomes, next, config.isEmpty() ? null : config,
                    blankToNull(s.titleEn)));
        }
        return new ProcessDefinition(ProcessDefinition.FORMAT_VERSION, key, steps.isEmpty() ? null : steps.get(0).id,
                applicant, subject, out);
    }

    /** Every problem of the definition on screen, by the rules the engine uses. */
    public List<ProcessProblem> getProblems() {
        if (problems == null) {
            problems = found ? ProcessDefinitions.problems(getDefinition()) : List.of();
        }
        return problems;
    }

    /** The problems of one step, in the user's language. */
    public List<String> problemsOf(String stepId) {
        return getProblems().stream().filter(p -> Objects.equals(p.step(), stepId))
                .map(p -> p.message(language.getLocale())).toList();
    }

    /** The problems of the definition as a whole (not of one step), in the user's language. */
    public List<String> getGeneralProblems() {
        return getProblems().stream().filter(p -> p.step() == null).map(p -> p.message(language.getLocale())).toList();
    }

    public boolean isSound() {
        return found && getProblems().isEmpty();
    }

    /** The diagram of the definition on screen (SVG drawn by the server, its texts escaped), as far as it goes. */
    public String getDiagram() {
        if (!found || steps.isEmpty()) {
            return null;
        }
        try {
            return ProcessDiagramSvg.render(getDefinition(), texts.diagramWords(getDefinition()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /* ---- what the buttons do: each a post, after which the page shows the problems again ---- */

    public void addStep() {
        StepRow row = new StepRow();
        row.id = unusedId("step");
        row.kind = newKind;
        row.role = StepKind.END.name().equals(newKind) ? null : Roles.PROVINCE_STAFF;
        row.title = messages.get("designer.kind." + newKind);
        if (StepKind.END.name().equals(newKind)) {
            row.config.put("result", "done");
        }
        // before the end, when the process has one last
        int at = !steps.isEmpty() && steps.get(steps.size() - 1).isEnd() && !row.isEnd() ? steps.size() - 1 : steps.size();
        steps.add(at, row);
        saved = false;
    }

    public void removeStep(int index) {
        removeAt(steps, index);
    }

    /** Removes a row of a list the screen edits (a stale index, from an old page, does nothing). */
    private void removeAt(List<?> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            saved = false;
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < steps.size()) {
            steps.add(index - 1, steps.remove(index));
            saved = false;
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < steps.size() - 1) {
            steps.add(index + 1, steps.remove(index));
            saved = false;
        }
    }

    public void addField(StepRow step) {
        FieldRow field = new FieldRow();
        field.name = unusedFieldName(step);
        step.fields.add(field);
        saved = false;
    }

    public void removeField(StepRow step, int index) {
        removeAt(step.fields, index);
    }

    public void addOutcome(StepRow step) {
        OutcomeRow outcome = new OutcomeRow();
        for (int n = 1; outcome.name == null; n++) {
            String name = "outcome-" + n;
            if (step.outcomes.stream().noneMatch(o -> name.equals(o.name))) {
                outcome.name = name;
            }
        }
        step.outcomes.add(outcome);
        saved = false;
    }

    public void removeOutcome(StepRow step, int index) {
        removeAt(step.outcomes, index);
    }

    public void addCondition(StepRow step) {
        step.conditions.add(new ConditionRow());
        saved = false;
    }

    public void removeCondition(StepRow step, int index) {
        removeAt(step.conditions, index);
    }

    /** Shows the step's generated screen in the preview. */
    public void preview(String stepId) {
        previewStep = stepId;
    }

    /** A change of a value: nothing to do but show the problems again. */
    public void check() {
        saved = false;
    }

    /**
     * Stores the definition with the card's draft: a sound one ready to be submitted with the card, one with
     * problems as work in progress (the card cannot be submitted until they are mended).
     */
    public void save() {
        boolean sound = isSound();
        try {
            String json = ProcessDefinitions.write(getDefinition());
            CardDetails card = sound ? authoring.defineProcess(key, json, basedOn) : authoring.draftProcess(key, json, basedOn);
            basedOn = card.version();
            saved = true;
            notice = messages.get(sound ? "designer.saved" : "designer.savedWithProblems");
        } catch (CardConflict e) {
            notice = messages.get("designer.conflict");
        } catch (CardTransitionRefused e) {
            notice = messages.get("designer.inReview");
        } catch (InvalidCard e) {
            notice = messages.get("designer.unsound");
        } catch (CardNotFound | EJBAccessException e) {
            notice = messages.get("designer.notYours");
        }
    }

    /** What a condition can test: every field of the process ("step: label"), and a decision's outcome. */
    public Map<String, String> getConditionFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean decisions = false;
        for (StepRow s : steps) {
            decisions |= s.isDecision();
            if (!s.isWithFields()) {
                continue;
            }
            for (FieldRow f : s.fields) {
                if (f.name != null && !fields.containsKey(f.name)) {
                    fields.put(f.name, (s.title == null ? s.id : s.title) + ": " + (f.label == null ? f.name : f.label));
                }
            }
        }
        if (decisions) {
            fields.put("outcome", messages.get("designer.condition.outcome"));
        }
        return fields;
    }

    /** The values a condition on {@code when} can test (value → label), when they are a list; null for free text. */
    public Map<String, String> conditionValues(String when) {
        if (when == null || when.isBlank()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (StepRow s : steps) {
            if ("outcome".equals(when) && s.isDecision()) {
                s.outcomes.forEach(o -> values.putIfAbsent(o.name, o.label == null ? o.name : o.label));
            }
            if (!s.isWithFields()) {
                continue;
            }
            for (FieldRow f : s.fields) {
                if (!when.equals(f.name)) {
                    continue;
                }
                if (FieldType.BOOLEAN.name().equals(f.type)) {
                    values.put("true", messages.get("yes"));
                    values.put("false", messages.get("no"));
                } else if (f.options() != null) {
                    f.options().forEach(values::putIfAbsent);
                } else {
                    return null;
                }
            }
        }
        return values.isEmpty() ? null : values;
    }

    private String unusedId(String prefix) {
        while (true) {
            String id = prefix + "-" + (++counter);
            if (steps.stream().noneMatch(s -> id.equals(s.id))) {
                return id;
            }
        }
    }

    private static String unusedFieldName(StepRow step) {
        for (int n = 1; ; n++) {
            String name = "field-" + n;
            if (step.fields.stream().noneMatch(f -> name.equals(f.name))) {
                return name;
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /* ---- what the page reads ---- */

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public boolean isFound() {
        return found;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isSaved() {
        return saved;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(StepKind.values()).map(Enum::name).toList();
    }

    public List<String> getFieldTypes() {
        return java.util.Arrays.stream(FieldType.values()).map(Enum::name).toList();
    }

    public List<String> getRoles() {
        return Roles.STEP_ROLES;
    }

    public Map<String, String> getLinks() {
        return links;
    }

    public List<String> getModes() {
        return java.util.Arrays.stream(ExchangeMode.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The partner systems an inquiry can ask (their codes; the page shows their names). */
    public List<String> getPartners() {
        return messages.codes("partner.");
    }

    /** The operations partners answer (their codes; the page shows what each does). */
    public List<String> getOperations() {
        return messages.codes("exchange.operation.").stream().filter(c -> !"reply".equals(c)).toList();
    }

    public String getPreviewStep() {
        return previewStep;
    }
}
