package ir.khadamat.catalog.faces;

import ir.khadamat.persian.Iran;
import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardDiff;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.users.faces.SignedInUser;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The card editor ({@code workspace/edit.xhtml}): the form section by section, as on paper. Every "save" stores the
 * whole card as a draft (a new card on the first save), validated; the errors of the section on screen are listed
 * on top, in the user's language. A save over somebody else's newer save is refused with a message and a reload.
 */
@Named
@ViewScoped
public class CardEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The editor's steps: the sections of annex 1, with the form's paths each one covers. */
    public enum Section {
        IDENTIFICATION("s1", "key", "summary", "identification"),
        SPECIFICATION("s4", "specification"),
        DETAILS("s5", "details"),
        ACCESS("s6", "access"),
        SYSTEM_LINKS("s7", "systemLinks"),
        AGENCY_LINKS("s8", "agencyLinks"),
        PROCESS("s9", "processTitles", "processDiagram"),
        FILLER("filler", "filler");

        private final String title;
        private final List<String> paths;

        Section(String title, String... paths) {
            this.title = title;
            this.paths = List.of(paths);
        }

        public String getTitle() {
            return title;
        }

        /** The top-level parts of the form this section writes (the key only while the card is new). */
        List<String> parts(boolean created) {
            return paths.stream().filter(p -> !p.contains(".") && !(created && "key".equals(p))).toList();
        }

        boolean covers(String field) {
            return paths.stream().anyMatch(p -> field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "["));
        }
    }

    /** An error to show: the field's path, its label in the user's words and the message. */
    public static final class Problem implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String label;
        private final String message;

        Problem(String field, String label, String message) {
            this.field = field;
            this.label = label;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getLabel() {
            return label;
        }

        public String getMessage() {
            return message;
        }
    }

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

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("(.+)\\[(\\d+)]\\.(\\w+).*");
    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile("access\\.(information|request|production|delivery)\\.(\\w+).*");

    @EJB
    private transient CardAuthoring authoring;

    @EJB
    private transient ServiceCatalog catalog;

    @EJB
    private transient AgencyRegistry agencies;

    @Inject
    private Messages messages;

    @Inject
    private SignedInUser user;

    @Inject
    private ValidationTexts validationTexts;

    private String key;
    /** The form as stored when the editor read it: a save changes only the section on screen. */
    private String storedJson;
    private boolean created;
    private long basedOn;
    private LinkedHashMap<String, Object> form;
    private Section section = Section.IDENTIFICATION;
    private List<Problem> problems = new ArrayList<>();
    private int otherSectionsProblems;
    private boolean conflict;
    private String notice;

    /** Opens the card of {@code ?key=} (or a blank new card) at the section of {@code ?section=}. */
    public void open() {
        if (form != null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        key = params.get("key");
        if (params.get("section") != null) {
            try {
                section = Section.valueOf(params.get("section"));
            } catch (IllegalArgumentException e) {
                section = Section.IDENTIFICATION;
            }
        }
        if (key == null || key.isBlank()) {
            key = null;
            // a province's card keys start with its code (CardKeyNamespace): the new key is begun for the admin
            String province = user.getMe() == null ? null : user.getMe().provinceCode();
            CardForm blank = new CardForm(CardForm.FORMAT_VERSION, province == null ? null : province + "-", null,
                    new Identification(null, null, "prisons-organization", null), null, null, null, null, null, null, null, null);
            storedJson = CardFormJson.write(blank);
            form = FormTree.of(blank);
            return;
        }
        load();
    }

    private void load() {
        CardDetails card = catalog.find(key).filter(CardDetails::latest).orElse(null);
        if (card == null) {
            form = null;
            notice = messages.get("editor.notFound");
            return;
        }
        created = true;
        basedOn = card.version();
        storedJson = CardFormJson.write(card.form());
        form = FormTree.of(card.form());
        conflict = false;
    }

    /** Saves the draft and stays on the section. */
    public void save() {
        store();
    }

    /** Saves the draft and goes on to the next section (when the save succeeds). */
    public void saveAndNext() {
        if (store() && section.ordinal() < Section.values().length - 1) {
            section = Section.values()[section.ordinal() + 1];
        }
    }

    public void go(Section target) {
        if (store()) {
            section = target;
        }
    }

    /** Drops what is on screen and reads the card as it is now stored (after a conflict). */
    public void reload() {
        load();
        problems = new ArrayList<>();
        notice = messages.get("editor.reloaded");
    }

    private boolean store() {
        problems = new ArrayList<>();
        otherSectionsProblems = 0;
        notice = null;
        CardForm card;
        try {
            card = FormTree.merge(storedJson, form, section.parts(created));
        } catch (CardFormJson.InvalidCardDocument e) {
            problem("", messages.get("editor.unreadable"));
            return false;
        }
        try {
            CardDetails saved = created ? authoring.save(key, card, basedOn) : authoring.create(card);
            key = saved.key();
            created = true;
            basedOn = saved.version();
            storedJson = CardFormJson.write(saved.form());
            form = FormTree.of(saved.form());
            notice = messages.get("editor.saved");
            return true;
        } catch (InvalidCard e) {
            for (InvalidCard.Violation v : e.violations()) {
                if (!section.covers(v.field()) && !(!created && "key".equals(v.field()))) {
                    otherSectionsProblems++;
                }
                problem(v.field(), validationTexts.message(v));
            }
        } catch (CardConflict e) {
            conflict = true;
            problem("", messages.get("editor.conflict"));
        } catch (CardTransitionRefused e) {
            problem("", messages.get("editor.inReview"));
        } catch (CardNotFound e) {
            problem("", messages.get("editor.notFound"));
        } catch (EJBAccessException e) {
            problem("", messages.get("editor.notAllowed"));
        }
        return false;
    }

    /**
     * A problem of the save: listed on top with the field's label, and shown beside the field's input when the
     * section on screen has it (else the list on top is where it shows).
     */
    private void problem(String field, String message) {
        problems.add(new Problem(field, field.isEmpty() ? null : fieldLabel(field), message));
        String input = field.isEmpty() || !(section.covers(field) || !created && "key".equals(field)) ? null : inputOf(field);
        if (input != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("editor:" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }

    /** The form-relative client id of the input that edits a field of the form, or null. */
    static String inputOf(String field) {
        String path = field.replaceAll("\\.<[^>]*>", "");
        java.util.regex.Matcher stage = STAGE.matcher(path);
        if (stage.matches()) {
            String input = STAGE_INPUTS.get(stage.group(2));
            return input == null ? null : input + stage.group(1).toUpperCase(java.util.Locale.ROOT);
        }
        java.util.regex.Matcher row = ROW.matcher(path);
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

    /** A field of the form by its path, in the user's words (list positions dropped; else its nearest named parent). */
    private String fieldLabel(String path) {
        java.util.Locale locale = messages.isPersian() ? Iran.PERSIAN : java.util.Locale.ENGLISH;
        String dotted = path.replaceAll("\\.<[^>]*>", "").replaceAll("\\[\\d+]", "");
        while (!dotted.isEmpty()) {
            String label = messages.get("field." + dotted);
            if (!label.equals("field." + dotted)) {
                return label;
            }
            String pointer = "/" + dotted.replace('.', '/');
            try {
                label = CardDiff.label(pointer, locale);
                if (label != null && !label.equals(pointer)) {
                    return label;
                }
            } catch (IllegalArgumentException e) {
                // not a field the card's labels know: its parent is tried
            }
            dotted = dotted.contains(".") ? dotted.substring(0, dotted.lastIndexOf('.')) : "";
        }
        return messages.get("field.whole");
    }

    /** Adds an empty row to a table of the form (a list of records), making it known. */
    @SuppressWarnings("unchecked")
    public void addRow(String path) {
        List<Object> rows = (List<Object>) listAt(path, true);
        rows.add(new LinkedHashMap<String, Object>());
    }

    @SuppressWarnings("unchecked")
    public void removeRow(String path, int index) {
        List<Object> rows = (List<Object>) listAt(path, false);
        if (rows != null && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Marks a table as unknown (the form does not say). */
    public void markUnknown(String path) {
        parentOf(path).put(last(path), null);
    }

    public boolean isUnknown(String path) {
        return parentOf(path).get(last(path)) == null;
    }

    private Object listAt(String path, boolean create) {
        Map<String, Object> parent = parentOf(path);
        Object list = parent.get(last(path));
        if (list == null && create) {
            list = new ArrayList<>();
            parent.put(last(path), list);
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parentOf(String path) {
        Map<String, Object> at = form;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            at = (Map<String, Object>) at.get(names[i]);
        }
        return at;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public List<Agency> getAgencies() {
        return agencies.all();
    }

    public Section[] getSections() {
        return Section.values();
    }

    public Map<String, Object> getForm() {
        return form;
    }

    public Section getSection() {
        return section;
    }

    public String getKey() {
        return key;
    }

    public boolean isCreated() {
        return created;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public int getOtherSectionsProblems() {
        return otherSectionsProblems;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getNotice() {
        return notice;
    }
}
