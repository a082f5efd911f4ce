package ir.khadamat.web;

import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.ProvinceRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How values look on screen in the user's language: Persian digits and grouping, rials, Jalali dates
 * (Tehran time), the labels of the form's choices. Used from pages as {@code #{show.number(x)}}.
 */
@Named("show")
@RequestScoped
public class Display {

    @jakarta.ejb.EJB
    private ProvinceRegistry provinces;


    @Inject
    UserLanguage language;

    @Inject
    Messages messages;

    /** A partner system's name in the user's language, from its code (the code itself if it has no name). */
    public String partner(String code) {
        if (code == null) {
            return null;
        }
        String name = messages.get("partner." + code);
        return name.equals("partner." + code) ? code : name;
    }

    /** A province's name in the user's language, from its code. */
    public String provinceName(String code) {
        if (code == null) {
            return null;
        }
        return provinces.byCode(code)
                .map(p -> language.isPersian() ? p.getPersianName() : p.getEnglishName()).orElse(code);
    }

    public String number(Number n) {
        if (n == null) {
            return null;
        }
        if (language.isPersian()) {
            return PersianDigits.toPersian(NumberFormat.getIntegerInstance(Locale.ROOT).format(n))
                    .replace(',', Rial.PERSIAN_GROUPING);
        }
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    /** Digits of a text in the user's script (Persian digits in Persian). */
    public String digits(String text) {
        return language.isPersian() ? PersianDigits.toPersian(text) : text;
    }

    /**
     * Who did something on a case, as the timeline shows it: an applicant (recorded as {@code applicant:<national
     * code>}) and the system in words of the user's language, staff by their user name.
     */
    public String actor(String actor) {
        if (actor == null) {
            return null;
        }
        if (actor.startsWith(CaseCaller.APPLICANT_ACTOR)) {
            return messages.get("case.actor.applicant") + " ("
                    + digits(actor.substring(CaseCaller.APPLICANT_ACTOR.length())) + ")";
        }
        return Caller.SYSTEM.username().equals(actor) ? messages.get("case.actor.system") : actor;
    }

    public String rial(Long amount) {
        if (amount == null) {
            return null;
        }
        Rial rial = Rial.of(amount);
        return language.isPersian() ? rial.formatWithUnit() : rial.formatAscii() + " rials";
    }

    public String date(Instant instant) {
        if (instant == null) {
            return null;
        }
        var local = instant.atZone(Iran.ZONE);
        if (language.isPersian()) {
            return JalaliDate.from(local.toLocalDate()).formatLong() + "، "
                    + PersianDigits.toPersian(local.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
        JalaliDate jalali = JalaliDate.from(local.toLocalDate());
        return jalali.formatAscii() + " (" + local.toLocalDate() + ") " + local.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String label(Labelled choice) {
        return choice == null ? null : choice.label(language.getLocale());
    }

    public String status(CardStatus status) {
        return status == null ? null : language.isPersian() ? status.persianLabel() : status.englishLabel();
    }

    /**
     * Every option of a choice of the form, for showing what was (not) ticked: a list of options as it is,
     * or the simple name of the choice's enum.
     */
    public List<Labelled> options(Object choice) {
        if (choice instanceof List<?> list) {
            return list.stream().map(Labelled.class::cast).toList();
        }
        try {
            Class<?> type = Class.forName("ir.khadamat.catalog.form." + choice);
            if (!type.isEnum() || !Labelled.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("No choice " + choice + " on the form");
            }
            return List.of((Labelled[]) type.getEnumConstants());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No choice " + choice + " on the form", e);
        }
    }

    /** The electronic channels the form offers for one stage of §6. */
    public List<Labelled> stageChannels(Stage stage) {
        return List.copyOf(Access.channelsOffered(stage));
    }

    /** Whether an option is ticked: in a choice set, or the single choice itself. */
    public boolean ticked(Object chosen, Object option) {
        return chosen instanceof Collection<?> set ? set.contains(option) : option.equals(chosen);
    }
}
