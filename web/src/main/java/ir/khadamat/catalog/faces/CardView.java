package ir.khadamat.catalog.faces;

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
import ir.khadamat.web.Messages;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The card page: every section of one card in the order of the form ({@code card.xhtml?id=prisoner-visits}). */
@Named
@RequestScoped
public class CardView {

    @EJB
    ServiceCatalog catalog;

    private CardDetails card;
    private CardCompleteness.Assessment completeness;

    @Inject
    Messages messages;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        card = catalog.find(id).orElse(null);
    }

    /** Answers 404, with the friendly "no such card" page, when there is no such card. */
    public void checkFound() throws IOException {
        if (card == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such card");
            faces.responseComplete();
        }
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

    /** A field of the form by its path in the assessment, in the user's words (list positions dropped). */
    public String fieldLabel(String path) {
        String key = "field." + path.replaceAll("\\[\\d+]", "");
        String label = messages.get(key);
        return label.equals(key) ? path : label;
    }

    public CardDetails getCard() {
        return card;
    }
}
