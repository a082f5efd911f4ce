package ir.khadamat.catalog;

import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.SystemLink;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static ir.khadamat.json.SharedJson.JSON;

/**
 * A card in the EU Core Public Service Vocabulary application profile (CPSV-AP 3.2.0), as JSON-LD: a
 * {@code cpsv:PublicService} with its competent authority, inputs, legal resources, costs, channels, events
 * and participating agencies, each node typed and identified as the profile's shapes require; the annex-1
 * choices as concepts of Khadamat's own SKOS schemes, the currency, language and country from the EU's
 * authority tables. What annex 1 has and CPSV-AP lacks (nature, level, how it starts, recipients, frequency,
 * in-person visits, the stage of a channel, §7 links) is said with the small extension vocabulary {@code kh:}.
 * What the form does not say is left out (in RDF an absent statement is unknown). The mapping is in
 * docs/cpsv-ap.md.
 */
public final class CpsvExport {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String URN = "urn:khadamat:";
    /** The extension vocabulary's namespace, and Khadamat's concept schemes'. */
    static final String VOCABULARY = URN + "vocabulary:";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IRR = EU + "currency/IRR";
    private static final String PERSIAN = EU + "language/FAS";
    private static final String IRAN = EU + "country/IRN";
    /** The class CPSV-AP 3.2.0's shapes ask of an organisation's {@code dct:spatial}. */
    private static final String ADMINISTRATIVE_UNIT = "http://data.europa.eu/88u/dataset/atu-type";

    private CpsvExport() {
    }

    public static JsonObject of(CardDetails card) {
        CardForm form = card.form();
        String id = URN + "service:" + card.key();
        JsonObjectBuilder service = JSON.createObjectBuilder()
                .add("@context", context())
                .add("@id", id)
                .add("@type", "cpsv:PublicService")
                .add("dct:identifier", form.identification().serviceId() != null
                        ? form.identification().serviceId() : card.key())
                .add("dct:title", persian(form.identification().title()))
                .add("dct:language", node(PERSIAN, "dct:LinguisticSystem"))
                .add("dct:spatial", card.provinceCode() == null ? country()
                        : node(URN + "province:" + card.provinceCode(), "dct:Location").add("dct:isPartOf", country()).build());
        Specification spec = form.specification();
        if (spec != null) {
            if (spec.description() != null) {
                service.add("dct:description", persian(spec.description()));
            }
            if (spec.serviceTypes() != null) {
                service.add("dct:audience", concepts(spec.serviceTypes()));
            }
            if (spec.audience() != null) {
                service.add("kh:audience", persian(spec.audience()));
            }
            if (spec.nature() != null) {
                service.add("kh:nature", concept(spec.nature()));
            }
            if (spec.levels() != null) {
                service.add("kh:level", concepts(spec.levels()));
            }
            if (spec.startTriggers() != null) {
                service.add("kh:startsBy", concepts(spec.startTriggers()));
            }
            if (spec.startTriggerOther() != null) {
                service.add("kh:startsByOther", persian(spec.startTriggerOther()));
            }
            if (spec.requiredDocuments() != null) {
                service.add("cpsv:hasInput", identified(id + ":evidence:", "cv:Evidence", spec.requiredDocuments()));
            }
            if (spec.legalBasis() != null) {
                service.add("cv:hasLegalResource", identified(id + ":legal-resource:", "eli:LegalResource", spec.legalBasis()));
            }
            if (spec.relatedEvents() != null) {
                JsonArrayBuilder events = JSON.createArrayBuilder();
                for (LifeEvent event : spec.relatedEvents()) {
                    events.add(JSON.createObjectBuilder().add("@id", URN + "life-event:" + event.name())
                            .add("@type", JSON.createArrayBuilder().add("cv:LifeEvent").add("cv:Event"))
                            .add("dct:identifier", event.name()).add("dct:title", labels(event)));
                }
                service.add("cv:isGroupedBy", events);
            }
        }
        agency(form.identification().executiveAgency(), card).ifPresent(a -> service.add("cv:hasCompetentAuthority", a));
        details(id, form.details(), service);
        channels(id, form, service);
        participations(id, form, card, service);
        systemLinks(form.systemLinks(), service);
        return service.build();
    }

    private static JsonObject context() {
        return JSON.createObjectBuilder()
                .add("cpsv", "http://purl.org/vocab/cpsv#")
                .add("cv", "http://data.europa.eu/m8g/")
                .add("dct", "http://purl.org/dc/terms/")
                .add("eli", "http://data.europa.eu/eli/ontology#")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("skos", "http://www.w3.org/2004/02/skos/core#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("kh", VOCABULARY)
                .build();
    }

    private static JsonObject persian(String text) {
        return JSON.createObjectBuilder().add("@value", text).add("@language", "fa").build();
    }

    private static JsonObjectBuilder node(String id, String type) {
        return JSON.createObjectBuilder().add("@id", id).add("@type", type);
    }

    private static JsonObject country() {
        return JSON.createObjectBuilder().add("@id", IRAN)
                .add("@type", JSON.createArrayBuilder().add("dct:Location").add(ADMINISTRATIVE_UNIT)).build();
    }

    private static JsonArrayBuilder labels(Labelled choice) {
        return JSON.createArrayBuilder().add(persian(choice.persianLabel()))
                .add(JSON.createObjectBuilder().add("@value", choice.englishLabel()).add("@language", "en"));
    }

    /** An annex-1 choice as a concept of Khadamat's scheme for that choice ({@code kh:ServiceType}, …). */
    static JsonObject concept(Labelled choice) {
        String scheme = choice.getClass().getSimpleName();
        return node(VOCABULARY + scheme + ":" + choice.name(), "skos:Concept")
                .add("skos:inScheme", node(VOCABULARY + scheme, "skos:ConceptScheme"))
                .add("skos:notation", choice.name())
                .add("skos:prefLabel", labels(choice)).build();
    }

    private static JsonArrayBuilder concepts(Collection<? extends Labelled> choices) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        choices.forEach(c -> array.add(concept(c)));
        return array;
    }

    /** Each text as a node of its own, numbered from 1 under the service: its identifier and title. */
    private static JsonArrayBuilder identified(String prefix, String type, List<String> titles) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (int i = 0; i < titles.size(); i++) {
            String n = Integer.toString(i + 1);
            array.add(node(prefix + n, type).add("dct:identifier", n).add("dct:title", persian(titles.get(i))));
        }
        return array;
    }

    private static Optional<JsonObject> agency(String code, CardDetails card) {
        if (code == null) {
            return Optional.empty();
        }
        JsonObjectBuilder agency = JSON.createObjectBuilder().add("@id", URN + "agency:" + code)
                .add("@type", JSON.createArrayBuilder().add("cv:PublicOrganisation").add("foaf:Agent"))
                .add("dct:identifier", code)
                .add("dct:spatial", country());
        CardDetails.AgencyName name = card.agencies().get(code);
        if (name != null) {
            JsonArrayBuilder labels = JSON.createArrayBuilder().add(persian(name.persianName()));
            if (name.englishName() != null) {
                labels.add(JSON.createObjectBuilder().add("@value", name.englishName()).add("@language", "en"));
            }
            agency.add("skos:prefLabel", labels).add("dct:title", persian(name.persianName()));
        }
        return Optional.of(agency.build());
    }

    /** §5: the fees as costs in rials, the recipients, average time, frequency and in-person visits by the extension. */
    private static void details(String id, Details details, JsonObjectBuilder service) {
        if (details == null) {
            return;
        }
        if (details.fees() != null && !details.fees().isEmpty()) { // no fee, or not said: no statement either way
            JsonArrayBuilder costs = JSON.createArrayBuilder();
            for (int i = 0; i < details.fees().size(); i++) {
                Details.Fee fee = details.fees().get(i);
                String n = Integer.toString(i + 1);
                JsonObjectBuilder cost = node(id + ":cost:" + n, "cv:Cost").add("dct:identifier", n)
                        .add("cv:currency", node(IRR, "skos:Concept"));
                if (fee.amountRials() != null) {
                    cost.add("cv:hasValue", JSON.createObjectBuilder().add("@value", fee.amountRials().doubleValue())
                            .add("@type", "xsd:double"));
                }
                if (fee.bankAccount() != null) {
                    cost.add("dct:description", persian(fee.bankAccount()));
                }
                costs.add(cost);
            }
            service.add("cv:hasCost", costs);
        }
        if (details.recipients() != null) {
            service.add("kh:recipients", details.recipients());
        }
        if (details.recipientsPeriod() != null) {
            service.add("kh:recipientsPer", concept(details.recipientsPeriod()));
        }
        if (details.averageDeliveryTime() != null) {
            service.add("kh:averageDeliveryTime", persian(details.averageDeliveryTime()));
        }
        Details.Frequency frequency = details.frequency();
        if (frequency != null && frequency.onceForever() != null) {
            service.add("kh:onceForever", frequency.onceForever());
        }
        if (frequency != null && frequency.times() != null) {
            service.add("kh:timesPerPeriod", frequency.times());
        }
        if (frequency != null && frequency.period() != null) {
            service.add("kh:frequencyPeriod", concept(frequency.period()));
        }
        if (details.inPersonVisits() != null) {
            service.add("kh:inPersonVisits", details.inPersonVisits());
        }
    }

    /** Each electronic channel of a stage of §6 that the form ticks: its kind, and the stage by the extension. */
    private static void channels(String id, CardForm form, JsonObjectBuilder service) {
        if (form.access() == null) {
            return;
        }
        JsonArrayBuilder channels = JSON.createArrayBuilder();
        boolean any = false;
        for (Stage stage : Stage.values()) {
            StageChannel channel = form.access().stage(stage);
            if (channel == null || channel.mode() != DeliveryMode.ELECTRONIC || channel.channels() == null) {
                continue;
            }
            for (ElectronicChannel c : channel.channels()) {
                any = true;
                String n = stage.name() + "-" + c.name();
                channels.add(node(id + ":channel:" + n, "cv:Channel").add("dct:identifier", n)
                        .add("dct:type", concept(c)).add("kh:stage", concept(stage))
                        .add("dct:description", persian(stage.persianLabel() + ": " + c.persianLabel())));
            }
        }
        if (any) {
            service.add("cv:hasChannel", channels);
        }
    }

    /** §8: each other agency the service exchanges with, as a participation in the role of data exchange. */
    private static void participations(String id, CardForm form, CardDetails card, JsonObjectBuilder service) {
        if (form.agencyLinks() == null || form.agencyLinks().isEmpty()) {
            return;
        }
        JsonArrayBuilder participations = JSON.createArrayBuilder();
        for (int i = 0; i < form.agencyLinks().size(); i++) {
            AgencyLink link = form.agencyLinks().get(i);
            String n = Integer.toString(i + 1);
            JsonObjectBuilder participation = node(id + ":participation:" + n, "cv:Participation")
                    .add("dct:identifier", n)
                    .add("cv:role", node(VOCABULARY + "ParticipationRole:DATA_EXCHANGE", "skos:Concept")
                            .add("skos:prefLabel", JSON.createArrayBuilder().add(persian("تبادل اطلاعات"))
                                    .add(JSON.createObjectBuilder().add("@value", "data exchange").add("@language", "en"))));
            agency(link.agency(), card).ifPresent(a -> participation.add("cv:hasParticipant", a));
            String description = link.exchangedFields() != null ? link.exchangedFields() : link.system();
            if (description != null) {
                participation.add("dct:description", persian(description));
            }
            if (link.system() != null) {
                participation.add("kh:system", persian(link.system()));
            }
            if (link.mode() != null) {
                participation.add("kh:linkMode", concept(link.mode()));
            }
            if (link.feeRials() != null) {
                participation.add("kh:feeRials", link.feeRials());
            }
            participations.add(participation);
        }
        service.add("cv:hasParticipation", participations);
    }

    /** §7: the systems inside the agency the service exchanges with (CPSV-AP has no term for them). */
    private static void systemLinks(List<SystemLink> links, JsonObjectBuilder service) {
        if (links == null || links.isEmpty()) {
            return;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (SystemLink link : links) {
            JsonObjectBuilder node = JSON.createObjectBuilder().add("kh:system", persian(link.system()));
            if (link.exchangedFields() != null) {
                node.add("dct:description", persian(link.exchangedFields()));
            }
            if (link.mode() != null) {
                node.add("kh:linkMode", concept(link.mode()));
            }
            array.add(node);
        }
        service.add("kh:systemLink", array);
    }
}
