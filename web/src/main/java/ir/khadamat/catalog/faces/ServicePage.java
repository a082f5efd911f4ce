package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.CardDetails;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.PresenceReason;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A card as the public reads it ({@code card.xhtml?id=…} for a visitor): what the service is, who it is for, what to
 * bring, how long it takes, what it costs and how to get it, with the way to ask for it online when the public starts
 * its process. What the card does not say is left out, never shown as unknown. Signed-in users get the annex-1 form
 * ({@code view=form}, the public too); {@code view=service} shows them this page.
 */
@Named
@RequestScoped
public class ServicePage {

    @Inject
    CardView cardView;

    @Inject
    Display show;

    @Inject
    Messages messages;

    @EJB
    PublicServices publicServices;

    private Boolean startable;

    /** Whether the page is the service page rather than the annex-1 form: by {@code view}, else visitors get it. */
    public boolean isShown() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String view = external.getRequestParameterMap().get("view");
        if ("form".equals(view) || "service".equals(view)) {
            return "service".equals(view);
        }
        return external.getUserPrincipal() == null && external.getRequestParameterMap().get("v") == null;
    }

    /** Whether the public asks for this service here: a published version whose process the public starts. */
    public boolean isStartable() {
        if (startable == null) {
            CardDetails card = cardView.getCard();
            startable = card != null && card.status() == CardStatus.PUBLISHED
                    && publicServices.startedByThePublic(card.key(), card.versionNo());
        }
        return startable;
    }

    private CardForm form() {
        return cardView.getCard().form();
    }

    /** The description (§4), when it says more than the summary above it. */
    public String getDescription() {
        Specification spec = form().specification();
        String description = spec == null ? null : text(spec.description());
        return description == null || description.equals(text(form().summary())) ? null : description;
    }

    public String getAudience() {
        Specification spec = form().specification();
        return spec == null ? null : text(spec.audience());
    }

    /** The documents to bring; null when the card does not say, empty when none is needed. */
    public List<String> getDocuments() {
        Specification spec = form().specification();
        return spec == null ? null : spec.requiredDocuments();
    }

    /** How long it takes, in the user's digits; null when the card does not say. */
    public String getDeliveryTime() {
        Details details = form().details();
        return details == null ? null : show.digits(text(details.averageDeliveryTime()));
    }

    /** Each fee in rials, grouped, in the user's digits; null when the card does not say, empty when it is free. */
    public List<String> getFees() {
        Details details = form().details();
        if (details == null || details.fees() == null) {
            return null;
        }
        List<String> fees = details.fees().stream().map(Details.Fee::amountRials).filter(Objects::nonNull)
                .map(show::rial).toList();
        return fees.isEmpty() && !details.fees().isEmpty() ? null : fees;
    }

    /** Whether the fees are paid online (null: the card does not say). */
    public Boolean getFeesPaidOnline() {
        Details details = form().details();
        return details == null ? null : details.feesPaidElectronically();
    }

    /** Where and how: the channels of the stages a person meets, the offices to go to and why, the visits. */
    public List<String> getWays() {
        List<String> ways = new ArrayList<>();
        Access access = form().access();
        if (access != null) {
            for (Stage stage : List.of(Stage.INFORMATION, Stage.REQUEST, Stage.DELIVERY)) {
                String channels = channels(access.stage(stage));
                if (channels != null) {
                    ways.add(show.label(stage) + ": " + channels);
                }
            }
            String offices = joined(access.stages().stream().filter(Objects::nonNull)
                    .flatMap(s -> s.officeLevels() == null ? Stream.empty() : s.officeLevels().stream())
                    .distinct().map(show::label));
            if (offices != null) {
                ways.add(messages.format("service.office", offices));
            }
            access.stages().stream().filter(Objects::nonNull).flatMap(s -> Stream.concat(
                            s.presenceReasons() == null ? Stream.empty() : s.presenceReasons().stream()
                                    .filter(r -> r != PresenceReason.OTHER).map(show::label),
                            Stream.ofNullable(text(s.presenceReasonNote()))))
                    .distinct().forEach(ways::add);
        }
        Details details = form().details();
        if (details != null && details.inPersonVisits() != null && details.inPersonVisits() > 0) {
            ways.add(messages.format("service.visits", show.number(details.inPersonVisits())));
        }
        return ways;
    }

    /** A stage's channels by their labels (the text of «سایر» for other); null when it names none. */
    private String channels(StageChannel stage) {
        if (stage == null) {
            return null;
        }
        Stream<String> ticked = stage.channels() == null ? Stream.empty()
                : stage.channels().stream().filter(c -> c != ElectronicChannel.OTHER).map(show::label);
        return joined(Stream.concat(ticked, Stream.ofNullable(text(stage.otherChannel()))));
    }

    public String getWebAddress() {
        return form().access() == null ? null : text(form().access().webAddress());
    }

    public String getSystemName() {
        return form().access() == null ? null : text(form().access().systemName());
    }

    /** The agency that gives the service, by its name in the user's language (null when the card does not say). */
    public String getAgency() {
        String code = form().identification().executiveAgency();
        if (code == null) {
            return null;
        }
        return messages.isPersian() ? cardView.agencyName(code) : cardView.agencyEnglishName(code);
    }

    private String joined(Stream<String> parts) {
        String text = parts.collect(Collectors.joining(messages.isPersian() ? "، " : ", "));
        return text.isEmpty() ? null : text;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
