package ir.khadamat.catalog;

import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A card in the EU Core Public Service Vocabulary application profile (CPSV-AP), as JSON-LD: a
 * {@code cpsv:PublicService} with its competent authority, inputs, legal resources, costs, channels, events
 * and participating agencies. What the form does not say is left out (in RDF an absent statement is
 * unknown). The field-by-field mapping is in docs/cpsv-ap.md.
 */
public final class CpsvExport {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String URN = "urn:khadamat:";
    private static final String IRR = "http://publications.europa.eu/resource/authority/currency/IRR";

    private CpsvExport() {
    }

    public static JsonObject of(CardDetails card) {
        CardForm form = card.form();
        JsonObjectBuilder service = Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", URN + "service:" + card.key())
                .add("@type", "cpsv:PublicService")
                .add("dct:identifier", form.identification().serviceId() != null
                        ? form.identification().serviceId() : card.key())
                .add("dct:title", persian(form.identification().title()));
        Specification spec = form.specification();
        if (spec != null) {
            if (spec.description() != null) {
                service.add("dct:description", persian(spec.description()));
            }
            if (spec.serviceTypes() != null) {
                service.add("dct:type", labels(spec.serviceTypes()));
            }
            if (spec.requiredDocuments() != null) {
                service.add("cv:hasInput", titled("cv:Evidence", spec.requiredDocuments()));
            }
            if (spec.legalBasis() != null) {
                service.add("cv:hasLegalResource", titled("eli:LegalResource", spec.legalBasis()));
            }
            if (spec.relatedEvents() != null) {
                JsonArrayBuilder events = Json.createArrayBuilder();
                for (LifeEvent event : spec.relatedEvents()) {
                    events.add(Json.createObjectBuilder().add("@type", eventType(spec.serviceTypes()))
                            .add("dct:identifier", event.name()).add("dct:title", persian(event.persianLabel())));
                }
                service.add("cv:isGroupedBy", events);
            }
        }
        agency(form.identification().executiveAgency(), card).ifPresent(a -> service.add("cv:hasCompetentAuthority", a));
        costs(form.details(), service);
        channels(form, service);
        if (form.agencyLinks() != null && !form.agencyLinks().isEmpty()) {
            JsonArrayBuilder participations = Json.createArrayBuilder();
            for (AgencyLink link : form.agencyLinks()) {
                JsonObjectBuilder participation = Json.createObjectBuilder().add("@type", "cv:Participation")
                        .add("cv:role", "data-exchange");
                agency(link.agency(), card).ifPresent(a -> participation.add("cv:hasParticipant", a));
                if (link.exchangedFields() != null) {
                    participation.add("dct:description", persian(link.exchangedFields()));
                }
                participations.add(participation);
            }
            service.add("cv:hasParticipation", participations);
        }
        return service.build();
    }

    private static JsonObject context() {
        return Json.createObjectBuilder()
                .add("cpsv", "http://purl.org/vocab/cpsv#")
                .add("cv", "http://data.europa.eu/m8g/")
                .add("dct", "http://purl.org/dc/terms/")
                .add("eli", "http://data.europa.eu/eli/ontology#")
                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                .build();
    }

    private static JsonObject persian(String text) {
        return Json.createObjectBuilder().add("@value", text).add("@language", "fa").build();
    }

    private static JsonArrayBuilder labels(Collection<? extends Labelled> choices) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        choices.forEach(c -> array.add(Json.createObjectBuilder().add("@type", "skos:Concept")
                .add("skos:notation", c.name())
                .add("skos:prefLabel", Json.createArrayBuilder().add(persian(c.persianLabel()))
                        .add(Json.createObjectBuilder().add("@value", c.englishLabel()).add("@language", "en")))));
        return array;
    }

    private static JsonArrayBuilder titled(String type, List<String> titles) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        titles.forEach(t -> array.add(Json.createObjectBuilder().add("@type", type).add("dct:title", persian(t))));
        return array;
    }

    /** Services to businesses are grouped by business events, the others by life events. */
    private static String eventType(Collection<ServiceType> types) {
        return types != null && types.size() == 1 && types.contains(ServiceType.G2B) ? "cv:BusinessEvent" : "cv:LifeEvent";
    }

    private static Optional<JsonObject> agency(String code, CardDetails card) {
        if (code == null) {
            return Optional.empty();
        }
        JsonObjectBuilder agency = Json.createObjectBuilder().add("@id", URN + "agency:" + code)
                .add("@type", "cv:PublicOrganisation");
        CardDetails.AgencyName name = card.agencies().get(code);
        if (name != null) {
            JsonArrayBuilder labels = Json.createArrayBuilder().add(persian(name.persianName()));
            if (name.englishName() != null) {
                labels.add(Json.createObjectBuilder().add("@value", name.englishName()).add("@language", "en"));
            }
            agency.add("skos:prefLabel", labels);
        }
        return Optional.of(agency.build());
    }

    private static void costs(Details details, JsonObjectBuilder service) {
        if (details == null || details.fees() == null || details.fees().isEmpty()) {
            return; // JSON-LD says nothing either way; docs/cpsv-ap.md
        }
        JsonArrayBuilder costs = Json.createArrayBuilder();
        for (Details.Fee fee : details.fees()) {
            JsonObjectBuilder cost = Json.createObjectBuilder().add("@type", "cv:Cost").add("cv:currency", IRR);
            if (fee.amountRials() != null) {
                cost.add("cv:value", fee.amountRials());
            }
            if (fee.bankAccount() != null) {
                cost.add("dct:description", persian(fee.bankAccount()));
            }
            costs.add(cost);
        }
        service.add("cv:hasCost", costs);
    }

    /** Each electronic channel of a stage of §6 that the form ticks, named by its channel and its stage. */
    private static void channels(CardForm form, JsonObjectBuilder service) {
        if (form.access() == null) {
            return;
        }
        JsonArrayBuilder channels = Json.createArrayBuilder();
        boolean any = false;
        for (Stage stage : Stage.values()) {
            StageChannel channel = form.access().stage(stage);
            if (channel == null || channel.mode() != DeliveryMode.ELECTRONIC || channel.channels() == null) {
                continue;
            }
            for (ElectronicChannel c : channel.channels()) {
                any = true;
                channels.add(Json.createObjectBuilder().add("@type", "cv:Channel")
                        .add("dct:type", c.name()).add("dct:description", persian(stage.persianLabel() + ": " + c.persianLabel())));
            }
        }
        if (any) {
            service.add("cv:hasChannel", channels);
        }
    }
}
