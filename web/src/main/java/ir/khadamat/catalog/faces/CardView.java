package ir.khadamat.catalog.faces;

import ir.khadamat.audit.AuditEvent;
import ir.khadamat.catalog.ReviewComment;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.catalog.process.ProcessDiagramSvg;

import ir.khadamat.catalog.CardCompleteness;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ir.khadamat.web.UserLanguage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The card page: every section of one card in the order of the form ({@code card.xhtml?id=prisoner-visits}). */
@Named
@RequestScoped
public class CardView {

    @EJB
    ServiceCatalog catalog;

    private CardDetails card;
    private boolean own;
    private List<ServiceCatalog.VersionInfo> versions;
    private List<AuditEvent> history;
    private List<ReviewComment> comments;
    private CardCompleteness.Assessment completeness;
    private ProcessDefinition process;
    private List<String> processProblems;

    @Inject
    UserLanguage language;

    @Inject
    StepTexts texts;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.get("id");
        String v = params.get("v");
        if (v != null && v.matches("[0-9]{1,6}") && id != null) {
            card = catalog.find(id, Integer.parseInt(v)).orElse(null);
        } else {
            card = id == null ? null : catalog.find(id).orElse(null);
        }
        own = card != null && catalog.isOwn(card.key());
    }

    /** Answers 404, with the friendly "no such card" page, when there is no such card. */
    public void checkFound() throws IOException {
        if (card == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such card");
            faces.responseComplete();
        }
    }

    /** The outcome that shows a card's page, with a notice of what was done to it (kept over the redirect). */
    static String showCard(String key, String notice) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", notice);
        return "/card.xhtml?faces-redirect=true&id=" + key;
    }

    public record StageRow(Stage stage, StageChannel channel) {
    }

    /** The four stages of §6 in the order of the form, each with what the card says of it (or null). */
    public List<StageRow> getStages() {
        Access access = card.form().access();
        return Arrays.stream(Stage.values())
                .map(stage -> new StageRow(stage, access == null ? null : access.stage(stage)))
                .toList();
    }

    public String agencyName(String code) {
        CardDetails.AgencyName name = code == null ? null : card.agencies().get(code);
        return name == null ? code : name.persianName();
    }

    public String agencyEnglishName(String code) {
        CardDetails.AgencyName name = code == null ? null : card.agencies().get(code);
        return name == null ? code : name.englishName();
    }

    public CardCompleteness.Assessment getCompleteness() {
        if (completeness == null && card != null) {
            completeness = CardCompleteness.assess(card.form());
        }
        return completeness;
    }

    /** Whether the reader is one of the card's own people (its province's users, national users). */
    public boolean isOwn() {
        return own;
    }

    public List<ServiceCatalog.VersionInfo> getVersions() {
        if (versions == null) {
            versions = card == null ? List.of() : catalog.versions(card.key());
        }
        return versions;
    }

    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = card == null || !own ? List.of() : catalog.history(card.key());
        }
        return history;
    }

    public List<ReviewComment> getComments() {
        if (comments == null) {
            comments = card == null || !own ? List.of() : catalog.comments(card.key());
        }
        return comments;
    }

    /** The process this version of the card holds: its own definition (a draft's may have problems), else its §10's. */
    public ProcessDefinition getProcess() {
        if (process == null && card != null) {
            process = ProcessDefinitions.shown(catalog.process(card.key(), card.versionNo()).orElse(null), card.form());
        }
        return process;
    }

    /** What is wrong with the process, in the user's language (a draft saved from the designer with its problems). */
    public List<String> getProcessProblems() {
        if (processProblems == null) {
            processProblems = getProcess() == null ? List.of()
                    : ProcessDefinitions.problems(getProcess()).stream().map(p -> p.message(language.getLocale())).toList();
        }
        return processProblems;
    }

    /** The process drawn as SVG, in the user's words (a draft's with problems as far as it goes). */
    public String getProcessSvg() {
        if (getProcess() == null) {
            return null;
        }
        try {
            return ProcessDiagramSvg.render(getProcess(), texts.diagramWords(getProcess()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public CardDetails getCard() {
        return card;
    }
}
