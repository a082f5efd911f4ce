package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.Details;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.FormFiller;
import ir.khadamat.catalog.form.Identification;
import ir.khadamat.catalog.form.InquiryPerformer;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.LifeEvent;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.OfficeLevel;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.catalog.form.PresenceReason;
import ir.khadamat.catalog.form.ProcessDiagram;
import ir.khadamat.catalog.form.ServiceLevel;
import ir.khadamat.catalog.form.ServiceNature;
import ir.khadamat.catalog.form.ServiceType;
import ir.khadamat.catalog.form.Specification;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.catalog.form.StartTrigger;
import ir.khadamat.catalog.form.SystemLink;
import ir.khadamat.markup.Xhtml;
import ir.khadamat.pdf.PersianPdf;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A card printed as the official annex-1 form (فرم شناسنامه خدمت دستگاه اجرایی — ضمیمه ۱), as PDF: A4, right
 * to left, in the embedded Vazirmatn font, every section in the form's order, rendered by the kernel's
 * {@link PersianPdf}.
 * <p>
 * A choice is printed as the form prints it: every option with a box, the chosen ones filled. When the
 * card does not know the choice ({@code null}) every box stays empty and «نامشخص» follows. An unknown text
 * prints as «نامشخص», an empty list as «ندارد». The card's own text is printed as it is; the numbers this
 * class writes (counts, amounts, dates, page numbers) are in Persian digits.
 */
public final class CardPrintout {

    static final String UNKNOWN = "نامشخص";
    static final String NONE = "ندارد";
    private static final String RESOURCES = "/ir/khadamat/catalog/print/";

    private CardPrintout() {
    }

    /**
     * @param form       the card
     * @param agencyName agency code → Persian name (may return null for unknown codes, then the code is printed)
     * @param printedOn  the day of printing, printed as a Jalali date
     * @return the PDF
     */
    public static byte[] render(CardForm form, Function<String, String> agencyName, LocalDate printedOn) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(printedOn, "printedOn");
        return PersianPdf.render(xhtml(form, agencyName, printedOn), printedOn);
    }

    private static String css() {
        try (InputStream in = CardPrintout.class.getResourceAsStream(RESOURCES + "printout.css")) {
            if (in == null) {
                throw new IllegalStateException("Missing printout.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printout as XHTML, before rendering. */
    static String xhtml(CardForm form, Function<String, String> agencyName, LocalDate printedOn) {
        Writer w = new Writer(agencyName);
        Identification id = form.identification();
        String title = id == null ? null : id.title();
        w.x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fa\" dir=\"rtl\"><head>")
                .raw("<meta charset=\"UTF-8\"/>");
        w.x.element("title", null, title == null ? "شناسنامه خدمت" : title);
        w.x.raw("<style>\n").text(css()).raw("</style></head><body dir=\"rtl\">");
        w.titleBlock(form, printedOn);
        w.identification(id);
        w.specification(form.specification());
        w.details(form.details());
        w.access(form.access());
        w.systemLinks(form.systemLinks());
        w.agencyLinks(form.agencyLinks());
        w.processTitles(form.processTitles());
        w.processDiagram(form.processDiagram());
        w.filler(form.filler());
        w.x.raw("</body></html>");
        return w.x.toString();
    }

    /** Persian digits, grouped by thousands with the Arabic separator (٬). */
    static String grouped(long number) {
        return Rial.of(number).format();
    }

    /** Writes the sections of the form; one instance per printout. */
    private static final class Writer {

        final Xhtml x = new Xhtml();
        final Function<String, String> agencyName;

        Writer(Function<String, String> agencyName) {
            this.agencyName = agencyName;
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
            x.raw("<table><tr>").element("td", "section w26", "۱- عنوان خدمت").raw("<td class=\"value\" colspan=\"3\">");
            value(title);
            x.raw("</td></tr><tr>").element("td", "section", "۲- شناسه خدمت").raw("<td colspan=\"3\">");
            if (serviceId != null && !serviceId.isBlank()) {
                x.raw("<span class=\"value\">").text(PersianDigits.toPersian(serviceId)).raw("</span> ");
            }
            x.element("span", "hint", "(این فیلد توسط سازمان مدیریت و برنامه ریزی کشور تکمیل می‌شود.)");
            x.raw("</td></tr><tr>").raw("<td class=\"section\" rowspan=\"2\">").text("۳- ارائه دهنده خدمت").raw("</td>")
                    .element("td", "label", "نام دستگاه اجرایی").raw("<td class=\"value\" colspan=\"2\">");
            agency(id == null ? null : id.executiveAgency());
            x.raw("</td></tr><tr>").element("td", "label", "نام دستگاه مادر").raw("<td class=\"value\" colspan=\"2\">");
            agency(id == null ? null : id.parentAgency());
            x.raw("</td></tr></table>");
        }

        // ---- §4

        void specification(Specification spec) {
            Specification s = spec != null ? spec
                    : new Specification(null, null, null, null, null, null, null, null, null, null);
            x.raw("<table>");
            sectionRow("۴- مشخصات خدمت");
            row("شرح خدمت", () -> value(s.description()));
            row("نوع خدمت", () -> choices(ServiceType.class, s.serviceTypes()));
            row("نوع مخاطبین", () -> value(s.audience()));
            row("ماهیت خدمت", () -> choice(ServiceNature.class, s.nature()));
            row("سطح خدمت", () -> choices(ServiceLevel.class, s.levels()));
            row("رویداد مرتبط با", () -> choices(LifeEvent.class, s.relatedEvents()));
            row("نحوه آغاز خدمت", () -> {
                choices(StartTrigger.class, s.startTriggers());
                if (s.startTriggerOther() != null && !s.startTriggerOther().isBlank()) {
                    x.raw("<div class=\"sub\">").text("سایر: ").raw("<span class=\"value\">").text(s.startTriggerOther())
                            .raw("</span></div>");
                }
            });
            row("مدارک لازم برای انجام خدمت", () -> list(s.requiredDocuments()));
            row("قوانین و مقررات بالادستی", () -> list(s.legalBasis()));
            x.raw("</table>");
        }

        // ---- §5

        void details(Details details) {
            Details d = details != null ? details : new Details(null, null, null, null, null, null, null);
            x.raw("<table>");
            sectionRow("۵- جزییات خدمت");
            row("آمار تعداد خدمت گیرندگان", () -> {
                if (d.recipients() == null) {
                    unknown();
                } else {
                    x.text(grouped(d.recipients()) + " نفر");
                }
                x.raw("<div class=\"sub\">").text("خدمت گیرندگان در: ");
                choice(Period.class, d.recipientsPeriod());
                x.raw("</div>");
            });
            row("متوسط مدت زمان ارایه خدمت", () -> value(d.averageDeliveryTime()));
            row("تواتر", () -> {
                Details.Frequency f = d.frequency() != null ? d.frequency() : new Details.Frequency(null, null, null);
                x.raw("<div class=\"sub\">");
                flag("یکبار برای همیشه", f.onceForever());
                x.raw("</div><div class=\"sub\">");
                if (f.times() == null) {
                    unknown();
                } else {
                    x.text(grouped(f.times()));
                }
                x.text(" بار در: ");
                choice(Period.class, f.period());
                x.raw("</div>");
            });
            row("تعداد بار مراجعه حضوری", () -> {
                if (d.inPersonVisits() == null) {
                    unknown();
                } else {
                    x.text(grouped(d.inPersonVisits()));
                }
            });
            row("هزینه ارایه خدمت (ریال) به خدمت گیرندگان", () -> {
                if (d.fees() == null) {
                    unknown();
                } else if (d.fees().isEmpty()) {
                    none();
                } else {
                    x.raw("<table class=\"inner\"><tr>").element("th", null, "مبلغ (مبالغ) به ریال")
                            .element("th", null, "شماره حساب (های) بانکی").raw("</tr>");
                    for (Details.Fee fee : d.fees()) {
                        x.raw("<tr><td>");
                        if (fee.amountRials() == null) {
                            unknown();
                        } else {
                            x.text(Rial.of(fee.amountRials()).formatWithUnit());
                        }
                        x.raw("</td><td>");
                        digits(fee.bankAccount());
                        x.raw("</td></tr>");
                    }
                    x.raw("</table>");
                }
                x.raw("<div class=\"sub\">");
                flag("پرداخت بصورت الکترونیک", d.feesPaidElectronically());
                x.raw("</div>");
            });
            x.raw("</table>");
        }

        // ---- §6

        void access(Access access) {
            Access a = access != null ? access : new Access(null, null, null, null, null, null);
            x.raw("<table>");
            x.raw("<tr><td class=\"section\" colspan=\"3\">").text("۶- نحوه دسترسی به خدمت").raw("</td></tr>");
            x.raw("<tr><td class=\"label\">")
                    .text("آدرس دقیق و مستقیم خدمت در وبگاه در صورت الکترونیکی بودن همه یا بخشی از آن")
                    .raw("</td><td colspan=\"2\">");
            latin(a.webAddress());
            x.raw("</td></tr><tr><td class=\"label\">")
                    .text("نام سامانه مربوط به خدمت در صورت الکترونیکی بودن همه یا بخشی از آن")
                    .raw("</td><td class=\"value\" colspan=\"2\">");
            value(a.systemName());
            x.raw("</td></tr>");
            x.raw("<tr>").element("th", null, "مراحل خدمت").element("th", null, "نوع ارائه")
                    .element("th", null, "رسانه ارتباطی خدمت").raw("</tr>");
            for (Stage stage : Stage.values()) {
                stage(stage, a.stage(stage));
            }
            x.raw("</table>");
        }

        private void stage(Stage stage, StageChannel channel) {
            StageChannel c = channel != null ? channel : new StageChannel(null, null, null, null, null, null, null, null);
            x.raw("<tr><td class=\"stage\">").text("مرحله " + stage.persianLabel());
            if (stage == Stage.PRODUCTION) {
                x.raw("<div class=\"hint\">").text("(فرایند داخل دستگاه یا ارتباط با دیگر دستگاه‌ها)").raw("</div>");
            }
            x.raw("</td><td class=\"mode\">");
            for (DeliveryMode mode : DeliveryMode.values()) {
                optionLine(mode, c.mode() == mode);
            }
            if (c.mode() == null) {
                unknown();
            }
            x.raw("</td><td>");
            // electronic
            x.raw("<div class=\"sub\">").element("span", "sub-title", "الکترونیکی:").raw(" ");
            Set<ElectronicChannel> offered = Access.channelsOffered(stage);
            options(List.copyOf(offered), c.channels());
            x.raw("</div>");
            if (c.otherChannel() != null && !c.otherChannel().isBlank()) {
                x.raw("<div class=\"sub\">").text("سایر (باذکر نحوه دسترسی): ").raw("<span class=\"value\">")
                        .text(c.otherChannel()).raw("</span></div>");
            }
            if (offered.contains(ElectronicChannel.COUNTER_OFFICE)) {
                x.raw("<div class=\"sub\">").text("شماره قرارداد واگذاری خدمات به دفاتر پیشخوان: ");
                digits(c.counterOfficeContractNumber());
                x.raw("</div><div class=\"sub\">").text("عناوین مشابه دفاتر پیشخوان: ");
                value(c.counterOfficeSimilarTitles());
                x.raw("</div>");
            }
            // non-electronic
            x.raw("<div class=\"sub\">").element("span", "sub-title", "غیرالکترونیکی — ذکر ضرورت مراجعه حضوری:").raw(" ");
            if (stage == Stage.PRODUCTION) {
                // the form gives the production stage only a line to write the reason on
                value(c.presenceReasonNote());
                x.raw("</div>");
            } else {
                choices(PresenceReason.class, c.presenceReasons());
                x.raw("</div>");
                if (c.presenceReasonNote() != null && !c.presenceReasonNote().isBlank()) {
                    x.raw("<div class=\"sub\">").text("سایر: ").raw("<span class=\"value\">").text(c.presenceReasonNote())
                            .raw("</span></div>");
                }
                x.raw("<div class=\"sub\">").element("span", "sub-title", "مراجعه به دستگاه:").raw(" ");
                choices(OfficeLevel.class, c.officeLevels());
                x.raw("</div>");
            }
            x.raw("</td></tr>");
        }

        // ---- §7, §8

        void systemLinks(List<SystemLink> links) {
            x.raw("<table>");
            x.raw("<tr><td class=\"section\" colspan=\"4\">").text("۷- ارتباط خدمت با سایر سامانه‌ها (بانک‌های اطلاعاتی) در دستگاه")
                    .raw("</td></tr>");
            if (links == null || links.isEmpty()) {
                x.raw("<tr><td colspan=\"4\">");
                listState(links);
                x.raw("</td></tr></table>");
                return;
            }
            x.raw("<tr>").element("th", "num", "ردیف").element("th", "w30", "نام سامانه‌های دیگر")
                    .element("th", null, "فیلدهای مورد تبادل").element("th", "w22", "استعلام")
                    .raw("</tr>");
            int n = 0;
            for (SystemLink link : links) {
                x.raw("<tr>").element("td", "num", PersianDigits.toPersian(++n)).raw("<td class=\"value\">");
                value(link.system());
                x.raw("</td><td class=\"value\">");
                value(link.exchangedFields());
                x.raw("</td><td>");
                choiceColumn(LinkMode.class, link.mode());
                x.raw("</td></tr>");
            }
            x.raw("</table>");
        }

        void agencyLinks(List<AgencyLink> links) {
            x.raw("<table>");
            x.raw("<tr><td class=\"section\" colspan=\"7\">").text("۸- ارتباط خدمت با سایر دستگاه‌ها").raw("</td></tr>");
            if (links == null || links.isEmpty()) {
                x.raw("<tr><td colspan=\"7\">");
                listState(links);
                x.raw("</td></tr></table>");
                return;
            }
            x.raw("<tr>").element("th", "num", "ردیف").element("th", "w15", "نام دستگاه دیگر")
                    .element("th", "w15", "نام سامانه‌های دستگاه دیگر").element("th", null, "فیلدهای مورد تبادل")
                    .element("th", "w11", "مبلغ (درصورت پرداخت هزینه)").element("th", "w18", "استعلام")
                    .element("th", "w15", "اگر استعلام غیرالکترونیکی است، استعلام توسط").raw("</tr>");
            int n = 0;
            for (AgencyLink link : links) {
                x.raw("<tr>").element("td", "num", PersianDigits.toPersian(++n)).raw("<td class=\"value\">");
                agency(link.agency());
                x.raw("</td><td class=\"value\">");
                value(link.system());
                x.raw("</td><td class=\"value\">");
                value(link.exchangedFields());
                x.raw("</td><td>");
                if (link.feeRials() == null) {
                    unknown();
                } else {
                    x.text(Rial.of(link.feeRials()).formatWithUnit());
                }
                x.raw("</td><td>");
                choiceColumn(LinkMode.class, link.mode());
                x.raw("</td><td>");
                choiceColumn(InquiryPerformer.class, link.nonElectronicBy());
                x.raw("</td></tr>");
            }
            x.raw("</table>");
        }

        // ---- §9, §10, filler

        void processTitles(List<String> titles) {
            x.raw("<table>");
            sectionRow("۹- عناوین فرایندهای خدمت");
            x.raw("<tr><td colspan=\"2\">");
            if (titles == null || titles.isEmpty()) {
                listState(titles);
            } else {
                numbered(titles);
            }
            x.raw("</td></tr></table>");
        }

        void processDiagram(ProcessDiagram diagram) {
            x.raw("<table>");
            x.raw("<tr><td class=\"section\" colspan=\"3\">").text("۱۰- نمودار ارتباطی فرایندهای خدمت").raw("</td></tr>");
            List<ProcessDiagram.Step> steps = diagram == null ? null : diagram.steps();
            if (steps == null || steps.isEmpty()) {
                x.raw("<tr><td colspan=\"3\">");
                listState(steps);
                x.raw("</td></tr></table>");
                return;
            }
            Map<String, Integer> number = new LinkedHashMap<>();
            for (ProcessDiagram.Step step : steps) {
                number.putIfAbsent(step.id(), number.size() + 1);
            }
            x.raw("<tr>").element("th", "num", "مرحله").element("th", null, "عنوان مرحله")
                    .element("th", null, "مرحله بعد").raw("</tr>");
            int n = 0;
            for (ProcessDiagram.Step step : steps) {
                x.raw("<tr>").element("td", "num", PersianDigits.toPersian(++n)).raw("<td class=\"value\">");
                value(step.title());
                x.raw("</td><td>");
                if (diagram.edges() == null) {
                    unknown();
                } else {
                    List<String> next = new ArrayList<>();
                    for (ProcessDiagram.Edge edge : diagram.edges()) {
                        if (edge != null && Objects.equals(edge.from(), step.id()) && number.containsKey(edge.to())) {
                            next.add("مرحله " + PersianDigits.toPersian(number.get(edge.to())));
                        }
                    }
                    if (next.isEmpty()) {
                        none();
                    } else {
                        x.text(String.join("، ", next));
                    }
                }
                x.raw("</td></tr>");
            }
            x.raw("</table>");
        }

        void filler(FormFiller filler) {
            FormFiller f = filler != null ? filler : new FormFiller(null, null, null, null);
            x.raw("<table>");
            sectionRow("تکمیل کننده فرم");
            row("نام و نام خانوادگی", () -> value(f.name()));
            row("تلفن", () -> digits(f.phone()));
            row("پست الکترونیک", () -> latin(f.email()));
            row("واحد مربوط", () -> value(f.unit()));
            x.raw("</table>");
        }

        // ---- building blocks

        private void sectionRow(String title) {
            x.raw("<tr><td class=\"section\" colspan=\"2\">").text(title).raw("</td></tr>");
        }

        private void row(String label, Runnable value) {
            x.raw("<tr>").element("td", "label", label).raw("<td>");
            value.run();
            x.raw("</td></tr>");
        }

        private void unknown() {
            x.element("span", "unknown", UNKNOWN);
        }

        private void none() {
            x.element("span", "none", NONE);
        }

        /** Card text as it is, or «نامشخص». */
        private void value(String text) {
            if (text == null || text.isBlank()) {
                unknown();
            } else {
                x.element("span", "value", text);
            }
        }

        /** A number-like text (phone, account, contract number) in Persian digits. */
        private void digits(String text) {
            if (text == null || text.isBlank()) {
                unknown();
            } else {
                x.raw("<span class=\"value\">").text(PersianDigits.toPersian(text)).raw("</span>");
            }
        }

        /** Latin text (web address, e-mail) left to right, as written. */
        private void latin(String text) {
            if (text == null || text.isBlank()) {
                unknown();
            } else {
                x.raw("<span class=\"ltr\" dir=\"ltr\">").text(text).raw("</span>");
            }
        }

        private void agency(String code) {
            if (code == null || code.isBlank()) {
                unknown();
                return;
            }
            String name = agencyName.apply(code);
            if (name == null) {
                latin(code);
            } else {
                value(name);
            }
        }

        private void listState(List<?> list) {
            if (list == null) {
                unknown();
            } else {
                none();
            }
        }

        private void list(List<String> items) {
            if (items == null || items.isEmpty()) {
                listState(items);
            } else {
                numbered(items);
            }
        }

        private void numbered(List<String> items) {
            x.raw("<ol class=\"items\">");
            int n = 0;
            for (String item : items) {
                x.raw("<li>").text(PersianDigits.toPersian(++n) + "- ").raw("<span class=\"value\">").text(item)
                        .raw("</span></li>");
            }
            x.raw("</ol>");
        }

        /** A single choice: every option with a box, the chosen one filled; unknown: all empty and «نامشخص». */
        private <E extends Enum<E> & Labelled> void choice(Class<E> type, E chosen) {
            choices(type, chosen == null ? null : EnumSet.of(chosen));
        }

        /** A set of choices: every option with a box, the chosen ones filled; unknown: all empty and «نامشخص». */
        private <E extends Enum<E> & Labelled> void choices(Class<E> type, Collection<E> chosen) {
            options(List.of(type.getEnumConstants()), chosen);
        }

        /** The options one under another, for a narrow table column. */
        private <E extends Enum<E> & Labelled> void choiceColumn(Class<E> type, E chosen) {
            for (E option : type.getEnumConstants()) {
                optionLine(option, option == chosen);
            }
            if (chosen == null) {
                unknown();
            }
        }

        private void options(List<? extends Labelled> options, Collection<?> chosen) {
            for (Labelled option : options) {
                option(option, chosen != null && chosen.contains(option));
                x.raw(" ");
            }
            if (chosen == null) {
                unknown();
            }
        }

        /** An option on a line of its own, its label wrapping beside the box in a narrow column. */
        private void optionLine(Labelled option, boolean checked) {
            x.raw("<div class=\"optline\">");
            box(checked);
            x.text(option.persianLabel()).raw("</div>");
        }

        private void option(Labelled option, boolean checked) {
            x.raw("<span class=\"opt\">");
            box(checked);
            x.text(option.persianLabel()).raw("</span>");
        }

        /** A yes/no box of the form: filled when true, empty when false, empty and «نامشخص» when unknown. */
        private void flag(String label, Boolean value) {
            x.raw("<span class=\"opt\">");
            box(Boolean.TRUE.equals(value));
            x.text(label).raw("</span>");
            if (value == null) {
                x.raw(" ");
                unknown();
            }
        }

        private void box(boolean checked) {
            x.raw(checked ? "<span class=\"box on\"><span class=\"tick\"></span></span>" : "<span class=\"box\"></span>");
        }
    }
}
