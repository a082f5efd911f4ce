package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
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

        boolean covers(String field) {
            return paths.stream().anyMatch(p -> field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "["));
        }
    }

    /** An error to show: the field's path and the message. */
    public record Problem(String field, String message) implements Serializable {
    }

    @EJB
    private transient CardAuthoring authoring;

    @EJB
    private transient ServiceCatalog catalog;

    @EJB
    private transient AgencyRegistry agencies;

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private String key;
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
            form = FormTree.of(new CardForm(CardForm.FORMAT_VERSION, null, null,
                    new Identification(null, null, "prisons-organization", null), null, null, null, null, null, null, null, null));
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
            card = FormTree.toForm(form);
        } catch (CardFormJson.InvalidCardDocument e) {
            problems.add(new Problem("", messages.get("editor.unreadable")));
            return false;
        }
        try {
            CardDetails saved = created ? authoring.save(key, card, basedOn) : authoring.create(card);
            key = saved.key();
            created = true;
            basedOn = saved.version();
            form = FormTree.of(saved.form());
            notice = messages.get("editor.saved");
            return true;
        } catch (InvalidCard e) {
            for (InvalidCard.Violation v : e.violations()) {
                if (section.covers(v.field()) || !created && "key".equals(v.field())) {
                    problems.add(new Problem(v.field(), validationTexts.message(v)));
                } else {
                    otherSectionsProblems++;
                    problems.add(new Problem(v.field(), validationTexts.message(v)));
                }
            }
        } catch (CardConflict e) {
            conflict = true;
            problems.add(new Problem("", messages.get("editor.conflict")));
        } catch (CardTransitionRefused e) {
            problems.add(new Problem("", messages.get("editor.inReview")));
        } catch (CardNotFound e) {
            problems.add(new Problem("", messages.get("editor.notFound")));
        }
        return false;
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
