package ir.khadamat.catalog;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.SystemLink;
import ir.khadamat.persian.PersianText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the catalogue keeps in columns of a card, derived from its form: the stored JSON document, the
 * facet codes and the normalised search text. Pure: the same form always projects the same way.
 */
public record CardProjection(String title, String summary, ServiceId serviceId, String executiveAgencyCode,
                             String serviceTypes, String serviceLevels, String relatedEvents,
                             Integer electronicStages, String searchText, String formJson) {

    /**
     * @param agencyName the Persian name of an agency code, so cards are found by the names of the agencies
     *                   they name
     */
    public static CardProjection of(CardForm form, Function<String, String> agencyName) {
        Identification id = form.identification();
        Specification spec = form.specification();
        return new CardProjection(
                id.title(),
                form.summary(),
                ServiceId.parse(id.serviceId()).orElse(null),
                id.executiveAgency(),
                spec == null ? null : ChoiceCodes.encode(spec.serviceTypes()),
                spec == null ? null : ChoiceCodes.encode(spec.levels()),
                spec == null ? null : ChoiceCodes.encode(spec.relatedEvents()),
                electronicStages(form.access()),
                searchText(form, agencyName),
                CardFormJson.write(form));
    }

    /** The number of electronic stages among the four of §6, or null when any stage's mode is unknown. */
    static Integer electronicStages(Access access) {
        if (access == null) {
            return null;
        }
        int count = 0;
        for (StageChannel stage : access.stages()) {
            if (stage == null || stage.mode() == null) {
                return null;
            }
            if (stage.mode() == DeliveryMode.ELECTRONIC) {
                count++;
            }
        }
        return count;
    }

    static String searchText(CardForm form, Function<String, String> agencyName) {
        List<String> parts = new ArrayList<>();
        Identification id = form.identification();
        parts.add(id.title());
        parts.add(form.summary());
        parts.add(id.serviceId());
        parts.add(agencyName.apply(id.executiveAgency()));
        parts.add(agencyName.apply(id.parentAgency()));
        Specification spec = form.specification();
        if (spec != null) {
            parts.add(spec.description());
            parts.add(spec.audience());
            addAll(parts, spec.requiredDocuments());
            addAll(parts, spec.legalBasis());
        }
        Details details = form.details();
        if (details != null) { // §5's figures, found whatever digits they are typed in
            parts.add(details.recipients() == null ? null : details.recipients().toString());
            parts.add(details.averageDeliveryTime());
            if (details.fees() != null) {
                details.fees().forEach(fee -> parts.add(fee.amountRials() == null ? null : fee.amountRials().toString()));
            }
        }
        if (form.systemLinks() != null) {
            for (SystemLink link : form.systemLinks()) {
                parts.add(link.system());
                parts.add(link.exchangedFields());
            }
        }
        if (form.agencyLinks() != null) {
            for (AgencyLink link : form.agencyLinks()) {
                parts.add(agencyName.apply(link.agency()));
                parts.add(link.system());
                parts.add(link.exchangedFields());
            }
        }
        addAll(parts, form.processTitles());
        ProcessDiagram diagram = form.processDiagram();
        if (diagram != null && diagram.steps() != null) {
            diagram.steps().forEach(step -> parts.add(step.title()));
        }
        return PersianText.normalize(String.join(" ", parts.stream().filter(Objects::nonNull).toList()));
    }

    private static void addAll(List<String> parts, Collection<String> values) {
        if (values != null) {
            parts.addAll(values);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
