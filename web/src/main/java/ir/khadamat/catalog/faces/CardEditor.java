package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardKeys;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ReviewComment;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.users.faces.SignedInUser;
import ir.khadamat.web.ErrorSummary;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
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

    @EJB
    private CardAuthoring authoring;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private AgencyRegistry agencies;

    @Inject
    private Messages messages;

    @Inject
    private FieldNames fieldNames;

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
    private EditorSection section = EditorSection.IDENTIFICATION;
    private boolean conflict;
    private String notice;
    /** The comments of the card's last review, while the card is with its authors (ServiceCatalog.commentsWaiting). */
    private List<ReviewComment> waiting = List.of();
    /** The key last suggested from the title: replaced by the next suggestion unless the admin changed it. */
    private String suggestedKey;

    /** Opens the card of {@code ?key=} (or a blank new card) at the section of {@code ?section=}. */
    public void open() {
        if (form != null) {
            return;
        }
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        key = params.get("key");
        if (params.get("section") != null) {
            try {
                section = EditorSection.valueOf(params.get("section"));
            } catch (IllegalArgumentException e) {
                section = EditorSection.IDENTIFICATION;
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
        waiting = catalog.commentsWaiting(card);
        basedOn = card.version();
        storedJson = CardFormJson.write(card.form());
        form = FormTree.of(card.form());
        conflict = false;
    }

    /**
     * While the card is new, the key follows its title (CardKeys) until the admin writes a key of their own: called
     * when the title changes, and by the first save.
     */
    public void suggestKey() {
        if (created || form == null) {
            return;
        }
        String province = user.getMe() == null ? null : user.getMe().provinceCode();
        Object typed = form.get("key");
        String current = typed == null ? null : typed.toString();
        if (!CardKeys.unchosen(current, province) && !current.equals(suggestedKey)) {
            return;
        }
        Object title = form.get("identification") instanceof Map<?, ?> id ? id.get("title") : null;
        CardKeys.fromTitle(title == null ? null : title.toString(), province).ifPresent(k -> {
            form.put("key", k);
            suggestedKey = k;
        });
    }

    /**
     * The reviewers' comments that wait on the section on screen — those on its fields, and those on the whole card —
     * each with the dotted key of its field ({@code null}: the whole card).
     */
    public List<SectionComment> getSectionComments() {
        List<SectionComment> shown = new ArrayList<>();
        for (ReviewComment c : waiting) {
            String path = c.getFieldPath();
            String field = path == null || path.isBlank() || "/".equals(path) ? null
                    : path.substring(1).replace('/', '.').replaceAll("\\[\\d+]", "");
            if (field == null || section.covers(field)) {
                shown.add(new SectionComment(field, c.getText(), c.getAuthor(), c.getCreatedAt()));
            }
        }
        return shown;
    }

    /** A reviewer's comment as the editor shows it beside its section. */
    public record SectionComment(String field, String text, String author, Instant at) {
    }

    /** Saves the draft and stays on the section. */
    public void save() {
        store();
    }

    /** Saves the draft and goes on to the next section (when the save succeeds). */
    public void saveAndNext() {
        if (store() && section.ordinal() < EditorSection.values().length - 1) {
            section = EditorSection.values()[section.ordinal() + 1];
        }
    }

    public void go(EditorSection target) {
        if (store()) {
            section = target;
        }
    }

    /** Drops what is on screen and reads the card as it is now stored (after a conflict). */
    public void reload() {
        load();
        notice = messages.get("editor.reloaded");
    }

    private boolean store() {
        notice = null;
        suggestKey();
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
     * A problem of the save, in the error summary on top named by the field's label, and beside the field's input
     * when the section on screen has it (the summary's link leads there).
     */
    private void problem(String field, String message) {
        String label = field.isEmpty() ? null : fieldNames.of(field);
        String input = field.isEmpty() || !onScreen(field) ? null : EditorFields.inputOf(field);
        if (input != null) {
            ErrorSummary.fieldError("editor:" + input, label, message);
        } else {
            FacesContext.getCurrentInstance().addMessage(null, ErrorSummary.message(label, message));
        }
    }

    /** The section on screen has the field (the key while the card is new, whatever the section). */
    private boolean onScreen(String field) {
        return section.covers(field) || !created && "key".equals(field);
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

    public EditorSection[] getSections() {
        return EditorSection.values();
    }

    public Map<String, Object> getForm() {
        return form;
    }

    public EditorSection getSection() {
        return section;
    }

    public String getKey() {
        return key;
    }

    public boolean isCreated() {
        return created;
    }


    public boolean isConflict() {
        return conflict;
    }

    public String getNotice() {
        return notice;
    }
}
