package ir.khadamat.catalog;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.FormFiller;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.SystemLink;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How complete and consistent a card is: per section, the fields the form asks for that the card leaves
 * unknown; a score (the share of applicable fields that are known); and warnings for answers that
 * contradict each other. §2, the service ID, is the planning organization's to fill in and is not counted.
 * Pure: the same form always gets the same assessment.
 */
public final class CardCompleteness {

    /** A section of the form, as the assessment reports it. */
    public enum Section {
        S1("heading.identification.title"), S3("heading.identification.provider"), S4("specification"),
        S5("details"), S6("access"), S7("systemLinks"), S8("agencyLinks"), S9("processTitles"),
        S10("processDiagram"), FILLER("filler");

        private final String label;

        Section(String label) {
            this.label = label;
        }

        /** The key of its name among the form's labels (FieldLabels). */
        public String label() {
            return label;
        }
    }

    /**
     * @param score    0–100: the share of the applicable fields that the card answers
     * @param missing  per section, the paths of the fields left unknown (e.g. {@code specification.serviceTypes})
     * @param warnings contradictions, each a code (a message key under {@code completeness.}) and the field at fault
     */
    public record Assessment(int score, int answered, int applicable, Map<Section, List<String>> missing,
                             List<Warning> warnings) {
    }

    public record Warning(String code, String field) {
    }

    private final Map<Section, List<String>> missing = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int applicable;
    private int answered;

    private CardCompleteness() {
        for (Section s : Section.values()) {
            missing.put(s, new ArrayList<>());
        }
    }

    public static Assessment assess(CardForm form) {
        CardCompleteness c = new CardCompleteness();
        c.identification(form.identification());
        c.specification(form.specification());
        c.details(form.details());
        c.access(form.access());
        c.systemLinks(form.systemLinks());
        c.agencyLinks(form.agencyLinks());
        c.field(Section.S9, "processTitles", form.processTitles());
        c.diagram(form.processDiagram());
        c.filler(form.filler());
        int score = c.applicable == 0 ? 100 : c.answered * 100 / c.applicable;
        Map<Section, List<String>> gaps = new LinkedHashMap<>();
        c.missing.forEach((section, fields) -> gaps.put(section, List.copyOf(fields)));
        return new Assessment(score, c.answered, c.applicable, gaps, List.copyOf(c.warnings));
    }

    private void field(Section section, String path, Object value) {
        applicable++;
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.get(section).add(path);
        } else {
            answered++;
        }
    }

    private void identification(Identification id) {
        field(Section.S1, "identification.title", id == null ? null : id.title());
        field(Section.S3, "identification.executiveAgency", id == null ? null : id.executiveAgency());
        field(Section.S3, "identification.parentAgency", id == null ? null : id.parentAgency());
    }

    private void specification(Specification s) {
        boolean none = s == null;
        field(Section.S4, "specification.description", none ? null : s.description());
        field(Section.S4, "specification.serviceTypes", none ? null : s.serviceTypes());
        field(Section.S4, "specification.audience", none ? null : s.audience());
        field(Section.S4, "specification.nature", none ? null : s.nature());
        field(Section.S4, "specification.levels", none ? null : s.levels());
        field(Section.S4, "specification.relatedEvents", none ? null : s.relatedEvents());
        field(Section.S4, "specification.startTriggers", none ? null : s.startTriggers());
        field(Section.S4, "specification.requiredDocuments", none ? null : s.requiredDocuments());
        field(Section.S4, "specification.legalBasis", none ? null : s.legalBasis());
    }

    private void details(Details d) {
        boolean none = d == null;
        field(Section.S5, "details.recipients", none ? null : d.recipients());
        field(Section.S5, "details.recipientsPeriod", none ? null : d.recipientsPeriod());
        field(Section.S5, "details.averageDeliveryTime", none ? null : d.averageDeliveryTime());
        field(Section.S5, "details.frequency", none ? null : d.frequency());
        field(Section.S5, "details.inPersonVisits", none ? null : d.inPersonVisits());
        field(Section.S5, "details.fees", none ? null : d.fees());
        if (none) {
            return;
        }
        if (d.recipients() != null && d.recipientsPeriod() == null) {
            warnings.add(new Warning("statisticsWithoutPeriod", "details.recipientsPeriod"));
        }
        if (d.frequency() != null && d.frequency().times() != null && d.frequency().period() == null) {
            warnings.add(new Warning("frequencyWithoutPeriod", "details.frequency.period"));
        }
        if (d.fees() != null && !d.fees().isEmpty()) {
            field(Section.S5, "details.feesPaidElectronically", d.feesPaidElectronically());
            for (int i = 0; i < d.fees().size(); i++) {
                if (d.fees().get(i).bankAccount() == null || d.fees().get(i).bankAccount().isBlank()) {
                    warnings.add(new Warning("feeWithoutAccount", "details.fees[" + i + "].bankAccount"));
                }
            }
        }
    }

    private void access(Access a) {
        boolean anyElectronic = false;
        for (Stage stage : Stage.values()) {
            StageChannel channel = a == null ? null : a.stage(stage);
            String path = "access." + stage.name().toLowerCase(Locale.ROOT);
            field(Section.S6, path + ".mode", channel == null ? null : channel.mode());
            if (channel != null && channel.mode() == DeliveryMode.ELECTRONIC) {
                anyElectronic = true;
                field(Section.S6, path + ".channels", channel.channels());
            }
            if (channel != null && channel.mode() == DeliveryMode.NON_ELECTRONIC) {
                field(Section.S6, path + ".presenceReasons",
                        channel.presenceReasons() != null ? channel.presenceReasons() : channel.presenceReasonNote());
            }
        }
        if (anyElectronic) {
            field(Section.S6, "access.webAddress", a.webAddress());
            field(Section.S6, "access.systemName", a.systemName());
        }
        StageChannel request = a == null ? null : a.request();
        if (request != null && request.mode() == DeliveryMode.ELECTRONIC
                && isBlank(a.webAddress()) && isBlank(a.systemName())) {
            warnings.add(new Warning("electronicRequestWithoutAddress", "access.webAddress"));
        }
    }

    private void systemLinks(List<SystemLink> links) {
        field(Section.S7, "systemLinks", links);
        for (int i = 0; links != null && i < links.size(); i++) {
            field(Section.S7, "systemLinks[" + i + "].exchangedFields", links.get(i).exchangedFields());
            field(Section.S7, "systemLinks[" + i + "].mode", links.get(i).mode());
        }
    }

    private void agencyLinks(List<AgencyLink> links) {
        field(Section.S8, "agencyLinks", links);
        for (int i = 0; links != null && i < links.size(); i++) {
            AgencyLink link = links.get(i);
            field(Section.S8, "agencyLinks[" + i + "].exchangedFields", link.exchangedFields());
            field(Section.S8, "agencyLinks[" + i + "].mode", link.mode());
            if (isBlank(link.exchangedFields())) {
                warnings.add(new Warning("agencyLinkWithoutFields", "agencyLinks[" + i + "].exchangedFields"));
            }
        }
    }

    private void diagram(ProcessDiagram diagram) {
        field(Section.S10, "processDiagram", diagram == null ? null : diagram.steps());
        if (diagram == null || diagram.steps() == null || diagram.steps().isEmpty()) {
            return;
        }
        Map<String, List<String>> next = new HashMap<>();
        Set<String> targets = new HashSet<>();
        if (diagram.edges() != null) {
            for (ProcessDiagram.Edge e : diagram.edges()) {
                next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                targets.add(e.to());
            }
        }
        // the start is the first step no arrow points to (or the first step)
        String start = diagram.steps().stream().map(ProcessDiagram.Step::id).filter(id -> !targets.contains(id))
                .findFirst().orElse(diagram.steps().get(0).id());
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (reached.add(id)) {
                todo.addAll(next.getOrDefault(id, List.of()));
            }
        }
        for (int i = 0; i < diagram.steps().size(); i++) {
            if (!reached.contains(diagram.steps().get(i).id())) {
                warnings.add(new Warning("stepNotReachable", "processDiagram.steps[" + i + "]"));
            }
        }
    }

    private void filler(FormFiller f) {
        boolean none = f == null;
        field(Section.FILLER, "filler.name", none ? null : f.name());
        field(Section.FILLER, "filler.phone", none ? null : f.phone());
        field(Section.FILLER, "filler.email", none ? null : f.email());
        field(Section.FILLER, "filler.unit", none ? null : f.unit());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
