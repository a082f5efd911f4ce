package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardAuthoring;
import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardDiff;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.CardReview;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CardTransitionRefused;
import ir.khadamat.catalog.InvalidCard;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.users.faces.SignedInUser;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * What can be done with a card from its page: submit it, request changes with a comment on a section or field,
 * approve it with the service ID, publish it, take a national card's changes into an edition. The services check
 * roles, tenant and state; this bean only words their answers for the screen.
 */
@Named
@RequestScoped
public class CardActions {

    @EJB
    private CardAuthoring authoring;

    @EJB
    private CardReview review;

    @Inject
    private CardView view;

    @Inject
    private SignedInUser user;

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private String commentPath = "/";
    private String commentText;
    private String serviceId;
    private CardAuthoring.Upstream upstream;

    private CardDetails card() {
        return view.getCard();
    }

    /** The author may change and submit it: the card's province admin, or headquarters for a national card. */
    public boolean isWritable() {
        CardDetails c = card();
        if (c == null || !c.latest() || user.getMe() == null) {
            return false;
        }
        return c.provinceCode() == null ? user.is(Roles.HQ_ADMIN)
                : user.isProvinceAdmin() && c.provinceCode().equals(user.getMe().provinceCode());
    }

    public boolean isReviewable() {
        return card() != null && card().latest() && user.isReviewer();
    }

    public String submit() {
        return act(() -> authoring.submit(card().key(), card().version()), "action.submitted");
    }

    public String requestChanges() {
        return act(() -> review.requestChanges(card().key(), List.of(new CardReview.Comment(commentPath, commentText)),
                card().version()), "action.changesRequested");
    }

    public String comment() {
        return act(() -> review.comment(card().key(), List.of(new CardReview.Comment(commentPath, commentText))),
                "action.commented");
    }

    public String approve() {
        return act(() -> review.approve(card().key(), serviceId, card().version()), "action.approved");
    }

    public String publish() {
        return act(() -> review.publish(card().key(), card().version()), "action.published");
    }

    public String takeUpstream() {
        String[] chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get("upstreamPaths");
        return act(() -> authoring.takeUpstream(card().key(),
                        new LinkedHashSet<>(chosen == null ? List.of() : List.of(chosen)), card().version()),
                "action.upstreamTaken");
    }

    /** The national card's changes, for an edition's own people. */
    public CardAuthoring.Upstream getUpstream() {
        if (upstream == null && card() != null && card().baseKey() != null && view.isOwn()) {
            try {
                upstream = authoring.upstream(card().key());
            } catch (EJBAccessException | CardNotFound e) {
                return null;
            }
        }
        return upstream;
    }

    /** The sections and fields a comment can be attached to: the whole card, each section, each field. */
    public List<String> getCommentTargets() {
        List<String> targets = new ArrayList<>();
        targets.add("/");
        for (String field : CardDiff.fields()) {
            String section = "/" + CardDiff.sectionOf(field);
            if (!targets.contains(section)) {
                targets.add(section);
            }
            targets.add(field);
        }
        return targets;
    }

    public boolean is(String status) {
        return card() != null && card().status() == CardStatus.valueOf(status);
    }

    private String act(Supplier<CardDetails> action, String done) {
        try {
            return CardView.showCard(action.get().key(), messages.get(done));
        } catch (InvalidCard e) {
            e.violations().forEach(v -> messages.showError(validationTexts.message(v)));
        } catch (CardConflict e) {
            messages.showError(messages.get("editor.conflict"));
        } catch (CardTransitionRefused e) {
            messages.showError(messages.get("action.refused"));
        } catch (CardNotFound | EJBAccessException e) {
            messages.showError(messages.get("action.notAllowed"));
        }
        return null;
    }

    public String getCommentPath() {
        return commentPath;
    }

    public void setCommentPath(String commentPath) {
        this.commentPath = commentPath;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }
}
