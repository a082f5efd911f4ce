package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.FormFiller;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.catalog.form.InquiryPerformer;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceNature;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.StartTrigger;
import ir.khadamat.catalog.form.SystemLink;
import ir.khadamat.markup.Xhtml;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static ir.khadamat.catalog.print.FormXhtml.label;

/**
 * The title block and the sections of annex 1 but §6 ({@link AccessSection}), as XHTML tables: the fields labelled
 * as the form prints them ({@link FormXhtml#label}), the values through {@link FormXhtml}. The words of the page
 * itself (its title, hints, «ردیف») are here. One instance per printout.
 */
final class CardSections {

    /** The heading of a table's numbering column. */
    private static final String ROW_NUMBER = "ردیف";

    private final FormXhtml f;
    private final Xhtml x;

    CardSections(FormXhtml f) {
        this.f = f;
        this.x = f.x;
    }

    /** A numbered heading of §1–§3: «۱- عنوان خدمت». */
    private static String numbered(int section, String key) {
        return PersianDigits.toPersian(section) + "- " + label(key);
    }

    // ---- page furniture

    void titleBlock(CardForm form, LocalDate printedOn) {
        x.raw("<div class=\"above\">").element("div", "kind", "شناسنامه خدمت دستگاه");
        if (form.summary() != null && !form.summary().isBlank()) {
            x.raw("<div class=\"summary\">").text(form.summary()).raw("</div>");
        }
        x.raw("</div>");
        JalaliDate date = JalaliDate.from(printedOn);
        x.raw("<table class=\"head\"><tr>")
                .element("td", "form-name", "فرم شناسنامه خدمت دستگاه اجرایی")
                .raw("<td class=\"annex\">").text("ضمیمه ۱").raw("<div class=\"printed\">")
                .text("تاریخ چاپ: " + date.format()).raw("</div></td></tr></table>");
    }

    // ---- §1–§3

    void identification(Identification id) {
        String title = id == null ? null : id.title();
        String serviceId = id == null ? null : id.serviceId();
        x.raw("<table><tr>").element("td", "section w26", numbered(1, "identification.title"))
                .raw("<td class=\"value\" colspan=\"3\">");
        f.value(title);
        x.raw("</td></tr><tr>").element("td", "section", numbered(2, "identification.serviceId")).raw("<td colspan=\"3\">");
        if (serviceId != null && !serviceId.isBlank()) {
            x.raw("<span class=\"value\">").text(PersianDigits.toPersian(serviceId)).raw("</span> ");
        }
        x.element("span", "hint", "(این فیلد توسط سازمان مدیریت و برنامه ریزی کشور تکمیل می‌شود.)");
        x.raw("</td></tr><tr>").raw("<td class=\"section\" rowspan=\"2\">").text(numbered(3, "identification.provider"))
                .raw("</td>").element("td", "label", label("identification.executiveAgency"))
                .raw("<td class=\"value\" colspan=\"2\">");
        f.agency(id == null ? null : id.executiveAgency());
        x.raw("</td></tr><tr>").element("td", "label", label("identification.parentAgency"))
                .raw("<td class=\"value\" colspan=\"2\">");
        f.agency(id == null ? null : id.parentAgency());
        x.raw("</td></tr></table>");
    }

    // ---- §4

    void specification(Specification spec) {
        Specification s = spec != null ? spec
                : new Specification(null, null, null, null, null, null, null, null, null, null);
        x.raw("<table>");
        f.sectionRow(label("specification"), 2);
        f.row(label("specification.description"), () -> f.value(s.description()));
        f.row(label("specification.serviceTypes"), () -> f.choices(ServiceType.class, s.serviceTypes()));
        f.row(label("specification.audience"), () -> f.value(s.audience()));
        f.row(label("specification.nature"), () -> f.choice(ServiceNature.class, s.nature()));
        f.row(label("specification.levels"), () -> f.choices(ServiceLevel.class, s.levels()));
        f.row(label("specification.relatedEvents"), () -> f.choices(LifeEvent.class, s.relatedEvents()));
        f.row(label("specification.startTriggers"), () -> {
            f.choices(StartTrigger.class, s.startTriggers());
            if (s.startTriggerOther() != null && !s.startTriggerOther().isBlank()) {
                f.sub(label("specification.startTriggerOther"), s.startTriggerOther());
            }
        });
        f.row(label("specification.requiredDocuments"), () -> f.list(s.requiredDocuments()));
        f.row(label("specification.legalBasis"), () -> f.list(s.legalBasis()));
        x.raw("</table>");
    }

    // ---- §5

    void details(Details details) {
        Details d = details != null ? details : new Details(null, null, null, null, null, null, null);
        x.raw("<table>");
        f.sectionRow(label("details"), 2);
        f.row(label("details.recipients"), () -> {
            count(d.recipients(), " نفر");
            x.raw("<div class=\"sub\">").text(label("details.recipientsPeriod") + ": ");
            f.choice(Period.class, d.recipientsPeriod());
            x.raw("</div>");
        });
        f.row(label("details.averageDeliveryTime"), () -> f.value(d.averageDeliveryTime()));
        f.row(label("details.frequency"), () -> {
            Details.Frequency q = d.frequency() != null ? d.frequency() : new Details.Frequency(null, null, null);
            x.raw("<div class=\"sub\">");
            f.flag(label("details.frequency.onceForever"), q.onceForever());
            x.raw("</div><div class=\"sub\">");
            count(q.times(), "");
            x.text(" " + label("details.frequency.period") + ": ");
            f.choice(Period.class, q.period());
            x.raw("</div>");
        });
        f.row(label("details.inPersonVisits"), () -> count(d.inPersonVisits(), ""));
        f.row(label("details.fees"), () -> {
            if (d.fees() == null) {
                f.unknown();
            } else if (d.fees().isEmpty()) {
                f.none();
            } else {
                fees(d.fees());
            }
            x.raw("<div class=\"sub\">");
            f.flag(label("details.feesPaidElectronically"), d.feesPaidElectronically());
            x.raw("</div>");
        });
        x.raw("</table>");
    }

    /** A count in grouped Persian digits followed by its unit, or «نامشخص». */
    private void count(Number count, String unit) {
        if (count == null) {
            f.unknown();
        } else {
            x.text(FormXhtml.grouped(count.longValue()) + unit);
        }
    }

    private void fees(List<Details.Fee> fees) {
        x.raw("<table class=\"inner\"><tr>").element("th", null, label("details.fees.amountRials"))
                .element("th", null, label("details.fees.bankAccount")).raw("</tr>");
        for (Details.Fee fee : fees) {
            x.raw("<tr><td>");
            f.rials(fee.amountRials());
            x.raw("</td><td>");
            f.digits(fee.bankAccount());
            x.raw("</td></tr>");
        }
        x.raw("</table>");
    }

    // ---- §7, §8

    void systemLinks(List<SystemLink> links) {
        if (!listTable("systemLinks", links, 4)) {
            return;
        }
        x.raw("<tr>").element("th", "num", ROW_NUMBER).element("th", "w30", label("systemLinks.system"))
                .element("th", null, label("systemLinks.exchangedFields")).element("th", "w22", label("systemLinks.mode"))
                .raw("</tr>");
        int n = 0;
        for (SystemLink link : links) {
            numberedRow(++n);
            f.value(link.system());
            x.raw("</td><td class=\"value\">");
            f.value(link.exchangedFields());
            x.raw("</td><td>");
            f.choiceColumn(LinkMode.class, link.mode());
            x.raw("</td></tr>");
        }
        x.raw("</table>");
    }

    void agencyLinks(List<AgencyLink> links) {
        if (!listTable("agencyLinks", links, 7)) {
            return;
        }
        x.raw("<tr>").element("th", "num", ROW_NUMBER).element("th", "w15", label("agencyLinks.agency"))
                .element("th", "w15", label("agencyLinks.system")).element("th", null, label("agencyLinks.exchangedFields"))
                .element("th", "w11", label("agencyLinks.feeRials")).element("th", "w18", label("agencyLinks.mode"))
                .element("th", "w15", label("agencyLinks.nonElectronicBy")).raw("</tr>");
        int n = 0;
        for (AgencyLink link : links) {
            numberedRow(++n);
            f.agency(link.agency());
            x.raw("</td><td class=\"value\">");
            f.value(link.system());
            x.raw("</td><td class=\"value\">");
            f.value(link.exchangedFields());
            x.raw("</td><td>");
            f.rials(link.feeRials());
            x.raw("</td><td>");
            f.choiceColumn(LinkMode.class, link.mode());
            x.raw("</td><td>");
            f.choiceColumn(InquiryPerformer.class, link.nonElectronicBy());
            x.raw("</td></tr>");
        }
        x.raw("</table>");
    }

    /** A row of a list's table opened: its number, then the value cell of its first column. */
    private void numberedRow(int n) {
        x.raw("<tr>").element("td", "num", PersianDigits.toPersian(n)).raw("<td class=\"value\">");
    }

    /**
     * A list's table opened with its section's heading; {@code false} when the list is unknown or empty: then it has
     * one row saying so, and the table is closed.
     */
    private boolean listTable(String section, List<?> list, int columns) {
        x.raw("<table>");
        f.sectionRow(label(section), columns);
        if (list != null && !list.isEmpty()) {
            return true;
        }
        x.raw("<tr><td colspan=\"" + columns + "\">");
        f.listState(list);
        x.raw("</td></tr></table>");
        return false;
    }

    // ---- §9, §10, filler

    void processTitles(List<String> titles) {
        x.raw("<table>");
        f.sectionRow(label("processTitles"), 2);
        x.raw("<tr><td colspan=\"2\">");
        f.list(titles);
        x.raw("</td></tr></table>");
    }

    void processDiagram(ProcessDiagram diagram) {
        List<ProcessDiagram.Step> steps = diagram == null ? null : diagram.steps();
        if (!listTable("processDiagram", steps, 3)) {
            return;
        }
        Map<String, Integer> number = new LinkedHashMap<>();
        for (ProcessDiagram.Step step : steps) {
            number.putIfAbsent(step.id(), number.size() + 1);
        }
        String step = label("processDiagram.steps");
        x.raw("<tr>").element("th", "num", step).element("th", null, label("processDiagram.steps.title"))
                .element("th", null, label("processDiagram.edges")).raw("</tr>");
        int n = 0;
        for (ProcessDiagram.Step s : steps) {
            numberedRow(++n);
            f.value(s.title());
            x.raw("</td><td>");
            if (diagram.edges() == null) {
                f.unknown();
            } else {
                List<String> next = new ArrayList<>();
                for (ProcessDiagram.Edge edge : diagram.edges()) {
                    if (edge != null && Objects.equals(edge.from(), s.id()) && number.containsKey(edge.to())) {
                        next.add(step + " " + PersianDigits.toPersian(number.get(edge.to())));
                    }
                }
                if (next.isEmpty()) {
                    f.none();
                } else {
                    x.text(String.join("، ", next));
                }
            }
            x.raw("</td></tr>");
        }
        x.raw("</table>");
    }

    void filler(FormFiller filler) {
        FormFiller who = filler != null ? filler : new FormFiller(null, null, null, null);
        x.raw("<table>");
        f.sectionRow(label("filler"), 2);
        f.row(label("filler.name"), () -> f.value(who.name()));
        f.row(label("filler.phone"), () -> f.digits(who.phone()));
        f.row(label("filler.email"), () -> f.latin(who.email()));
        f.row(label("filler.unit"), () -> f.value(who.unit()));
        x.raw("</table>");
    }
}
