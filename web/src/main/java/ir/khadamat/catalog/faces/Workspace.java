package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardReview;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The workspace ({@code workspace/index.xhtml}): the reviewer's desk (cards in review by province, waiting time,
 * completeness, their comments), and the author's cards with the national cards the province can make an edition of.
 */
@Named
@RequestScoped
public class Workspace {

    @EJB
    private CardReview review;

    @EJB
    private CatalogSearch search;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private CardAuthoring authoring;

    @EJB
    private ProvinceRegistry provinces;

    @Inject
    UserLanguage language;

    @Inject
    private Messages messages;

    @Inject
    private FieldNames fieldNames;

    @Inject
    private ValidationTexts validationTexts;

    private List<CardReview.DeskEntry> desk;
    private List<CardSummary> cards;
    private Map<String, Long> commentsWaiting;

    /** The desk, filtered by {@code ?province=} (a code, or {@code national}) and {@code ?status=}. */
    public List<CardReview.DeskEntry> getDesk() {
        if (desk == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            CardStatus status = null;
            try {
                status = params.get("status") == null || params.get("status").isBlank() ? null : CardStatus.valueOf(params.get("status"));
            } catch (IllegalArgumentException e) {
                messages.showWarning(messages.format("catalog.badParameter", "status"));
            }
            desk = review.desk(params.get("province"), status);
        }
        return desk;
    }

    /** The cards the signed-in author works on: the newest version of each of the province's (national) cards. */
    public List<CardSummary> getCards() {
        if (cards == null) {
            cards = search.authorsCards();
        }
        return cards;
    }

    /** How many of its last review's comments wait on each of the author's cards, by key. */
    public Map<String, Long> getCommentsWaiting() {
        if (commentsWaiting == null) {
            commentsWaiting = catalog.commentsWaiting(getCards());
        }
        return commentsWaiting;
    }

    /** National cards published, of which a provincial admin can make the province's edition. */
    public List<CardSummary> getNationalCards() {
        return search.publishedNationalCards();
    }

    /** Two titles in the reader's alphabetical order (ICU's collation): the desk's order by card (the table turns it). */
    public int alphabetically(Object a, Object b, SortMeta sort) {
        return AlphabeticalOrder.of(language.getLocale()).compare(String.valueOf(a), String.valueOf(b));
    }

    public List<Province> getProvinces() {
        return provinces.all(language.getLocale());
    }

    public CardStatus[] getReviewStatuses() {
        return new CardStatus[]{CardStatus.SUBMITTED, CardStatus.CHANGES_REQUESTED, CardStatus.APPROVED};
    }

    /** A card file (the JSON of «پرونده JSON») to import: a new card, or a new content of one of the caller's. */
    private UploadedFile cardFile;

    public String importCard() {
        if (cardFile == null || cardFile.getSize() == 0) {
            messages.showError(messages.get("workspace.import.empty"));
            return null;
        }
        try (InputStream in = cardFile.getInputStream()) { // PrimeFaces checked its type and size
            String key = authoring.importOnScreen(new String(in.readAllBytes(), StandardCharsets.UTF_8)).key();
            return CardView.showCard(key, messages.get("workspace.import.done"));
        } catch (InvalidCard e) {
            e.violations().forEach(v -> messages.showError(fieldNames.of(v.field()) + ": " + validationTexts.message(v)));
        } catch (CardNotFound | CardConflict | CardTransitionRefused e) {
            messages.showError(messages.get("workspace.import.notYours"));
        } catch (IOException e) {
            messages.showError(messages.get("workspace.import.empty"));
        }
        return null;
    }

    public UploadedFile getCardFile() {
        return cardFile;
    }

    public void setCardFile(UploadedFile cardFile) {
        this.cardFile = cardFile;
    }

    /** Makes the province's edition of a national card and opens it in the editor. */
    public String createEdition(String nationalKey) {
        try {
            String key = authoring.createEdition(nationalKey).key();
            return "/workspace/edit.xhtml?faces-redirect=true&key=" + key;
        } catch (InvalidCard e) {
            e.violations().forEach(v -> messages.showError(validationTexts.message(v)));
        } catch (CardNotFound e) {
            messages.showError(messages.get("editor.notFound"));
        }
        return null;
    }
}
