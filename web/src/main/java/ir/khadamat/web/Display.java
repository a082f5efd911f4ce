package ir.khadamat.web;

import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.Labelled;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.integration.ExchangeValues;
import ir.khadamat.persian.Iran;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.Rial;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.tenancy.Caller;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.users.UserDirectory;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How values look on screen in the user's language: Persian digits and grouping, rials, Jalali dates
 * (Tehran time), the labels of the form's choices. Used from pages as {@code #{show.number(x)}}.
 */
@Named("show")
@RequestScoped
public class Display {

    @jakarta.ejb.EJB
    private ProvinceRegistry provinces;

    @jakarta.ejb.EJB
    private UserDirectory users;

    /** Full names read in this request, by user name. */
    private final Map<String, String> fullNames = new HashMap<>();

    @Inject
    UserLanguage language;

    @Inject
    Messages messages;

    /** A partner system's name in the user's language, from its code (the code itself if it has no name). */
    public String partner(String code) {
        return named("partner.", code);
    }

    /** A message's channel (SMS, email) in the user's language. */
    public String channel(String code) {
        return named("outbox.channel.", code);
    }

    /** What a partner's operation does, in the user's language (the code itself if it has no name). */
    public String operation(String code) {
        if (code != null && code.endsWith(REPLY) && messages.get("exchange.operation." + code).equals("exchange.operation." + code)) {
            // the reply recorded to a letter (integration.Exchanges): the letter's operation, answered
            return messages.format("exchange.operation.reply", operation(code.substring(0, code.length() - REPLY.length())));
        }
        return named("exchange.operation.", code);
    }

    /** How the reply to a letter's operation is logged: the operation's code and this. */
    private static final String REPLY = "-reply";

    /** The name of a value in a partner's answer (court, charge, sentence...), in the user's language. */
    public String answerName(String name) {
        return named("exchange.answer.", name);
    }

    /** A partner's answer as logged, as named values (none when it gave none). */
    public Map<String, String> answer(String json) {
        return ExchangeValues.answer(json);
    }

    /**
     * A value of a partner's answer as the user reads it: yes or no, days in the Jalali calendar, digits in the user's
     * language — but a code written in Latin letters and digits (a letter's verification code, {@code SFKD3S3GVS})
     * keeps its own digits, as it must be typed back.
     */
    public String answerValue(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return messages.get("true".equals(value) ? "yes" : "no");
        }
        if (value != null && value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) { // a day, as partners send it
            return digits(JalaliDate.from(LocalDate.parse(value)).formatAscii());
        }
        return code(value);
    }

    /**
     * A reference as the user reads it: digits in the user's script, but a code written with Latin letters (a subject's
     * reference {@code T-4455}, a verification code) as it is written, never Persian digits beside Latin letters.
     */
    public String code(String value) {
        return language.isPersian() ? PersianDigits.toPersianUnlessLatinCode(value) : value;
    }

    /**
     * The direction of a value on screen: left to right for one with no Persian letter (a certificate number like
     * {@code TVTO-12345678}, an address), so it reads as it is written; right to left otherwise.
     */
    public String direction(String value) {
        return value != null && value.codePoints().noneMatch(c -> c >= 0x0600 && c <= 0x06FF && !Character.isDigit(c))
                ? "ltr" : "rtl";
    }

    /**
     * A value a step recorded as the user reads it: a choice by its option's label, yes or no, numbers grouped,
     * rials with their unit, dates, codes and numbers in the user's digits; text as it was typed.
     */
    public String recorded(CaseView.Value v) {
        String value = v.value();
        return switch (v.type()) {
            case CHOICE -> v.choice() != null ? v.choice() : value;
            case BOOLEAN -> answerValue(value);
            case NUMBER -> value.matches("[0-9]{1,15}") ? number(Long.parseLong(value)) : digits(value);
            case AMOUNT_RIALS -> value.matches("[0-9]{1,15}") ? rial(Long.parseLong(value)) : digits(value);
            case JALALI_DATE, NATIONAL_CODE, MOBILE -> digits(value);
            default -> value;
        };
    }

    private String named(String prefix, String code) {
        if (code == null) {
            return null;
        }
        String name = messages.get(prefix + code);
        return name.equals(prefix + code) ? code : name;
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
     * code>}) and the system in words of the user's language, staff by their full name (their user name where it
     * cannot be read).
     */
    public String actor(String actor) {
        if (actor == null) {
            return null;
        }
        if (actor.startsWith(CaseCaller.APPLICANT_ACTOR)) {
            return messages.get("case.actor.applicant") + " ("
                    + digits(actor.substring(CaseCaller.APPLICANT_ACTOR.length())) + ")";
        }
        if (Caller.SYSTEM.username().equals(actor)) {
            return messages.get("case.actor.system");
        }
        return fullNames.computeIfAbsent(actor, this::fullName);
    }

    private String fullName(String username) {
        try {
            return users.fullName(username).orElse(username);
        } catch (EJBAccessException e) {
            return username; // a visitor who is not staff
        }
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
