package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.FieldLabels;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.markup.Xhtml;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

/**
 * The form's ways of printing a value, on an XHTML writer: a card's text as it is or «نامشخص», a number-like text in
 * Persian digits, Latin text left to right, an agency by its name, a list numbered or «ندارد», and a choice as the
 * form prints it — every option with a box, the chosen ones filled, and «نامشخص» after them when the card does not
 * know the choice. One instance per printout.
 */
final class FormXhtml {

    static final String UNKNOWN = "نامشخص";
    static final String NONE = "ندارد";

    final Xhtml x = new Xhtml();
    private final Function<String, String> agencyName;

    /** @param agencyName agency code → Persian name (null for an unknown code, then the code is printed) */
    FormXhtml(Function<String, String> agencyName) {
        this.agencyName = agencyName;
    }

    /** A field's or a section's label as the form prints it, e.g. {@code specification.audience} → «نوع مخاطبین». */
    static String label(String key) {
        return FieldLabels.printed(key);
    }

    /** Persian digits, grouped by thousands with the Arabic separator (٬). */
    static String grouped(long number) {
        return Rial.of(number).format();
    }

    /** A section's heading across the table. */
    void sectionRow(String title, int columns) {
        x.raw("<tr><td class=\"section\" colspan=\"" + columns + "\">").text(title).raw("</td></tr>");
    }

    /** A row of a field: its label, then its value. */
    void row(String label, Runnable value) {
        x.raw("<tr>").element("td", "label", label).raw("<td>");
        value.run();
        x.raw("</td></tr>");
    }

    /** A line under a choice: a label, then the card's text. */
    void sub(String label, String text) {
        x.raw("<div class=\"sub\">").text(label + ": ").raw("<span class=\"value\">").text(text).raw("</span></div>");
    }

    void unknown() {
        x.element("span", "unknown", UNKNOWN);
    }

    void none() {
        x.element("span", "none", NONE);
    }

    /** Card text as it is, or «نامشخص». */
    void value(String text) {
        if (text == null || text.isBlank()) {
            unknown();
        } else {
            x.element("span", "value", text);
        }
    }

    /** A number-like text (phone, account, contract number) in Persian digits. */
    void digits(String text) {
        if (text == null || text.isBlank()) {
            unknown();
        } else {
            x.raw("<span class=\"value\">").text(PersianDigits.toPersian(text)).raw("</span>");
        }
    }

    /** An amount of money, grouped and with its unit (ریال), or «نامشخص». */
    void rials(Long amount) {
        if (amount == null) {
            unknown();
        } else {
            x.text(Rial.of(amount).formatWithUnit());
        }
    }

    /** Latin text (web address, e-mail) left to right, as written. */
    void latin(String text) {
        if (text == null || text.isBlank()) {
            unknown();
        } else {
            x.raw("<span class=\"ltr\" dir=\"ltr\">").text(text).raw("</span>");
        }
    }

    /** An agency by its Persian name, or its code when the name is not known. */
    void agency(String code) {
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

    /** An empty list: «نامشخص» when the card does not know it, «ندارد» when it is known to be empty. */
    void listState(List<?> list) {
        if (list == null) {
            unknown();
        } else {
            none();
        }
    }

    void list(List<String> items) {
        if (items == null || items.isEmpty()) {
            listState(items);
        } else {
            numbered(items);
        }
    }

    void numbered(List<String> items) {
        x.raw("<ol class=\"items\">");
        int n = 0;
        for (String item : items) {
            x.raw("<li>").text(PersianDigits.toPersian(++n) + "- ").raw("<span class=\"value\">").text(item)
                    .raw("</span></li>");
        }
        x.raw("</ol>");
    }

    /** A single choice: every option with a box, the chosen one filled; unknown: all empty and «نامشخص». */
    <E extends Enum<E> & Labelled> void choice(Class<E> type, E chosen) {
        choices(type, chosen == null ? null : EnumSet.of(chosen));
    }

    /** A set of choices: every option with a box, the chosen ones filled; unknown: all empty and «نامشخص». */
    <E extends Enum<E> & Labelled> void choices(Class<E> type, Collection<E> chosen) {
        options(List.of(type.getEnumConstants()), chosen);
    }

    /** The options one under another, for a narrow table column. */
    <E extends Enum<E> & Labelled> void choiceColumn(Class<E> type, E chosen) {
        for (E option : type.getEnumConstants()) {
            optionLine(option, option == chosen);
        }
        if (chosen == null) {
            unknown();
        }
    }

    /** The given options side by side, the chosen ones filled; {@code chosen} null: all empty and «نامشخص». */
    void options(List<? extends Labelled> options, Collection<?> chosen) {
        for (Labelled option : options) {
            option(option, chosen != null && chosen.contains(option));
            x.raw(" ");
        }
        if (chosen == null) {
            unknown();
        }
    }

    /** An option on a line of its own, its label wrapping beside the box in a narrow column. */
    void optionLine(Labelled option, boolean checked) {
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
    void flag(String label, Boolean value) {
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
