package ir.khadamat.catalog.process;

import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.LinkMode;
import ir.khadamat.catalog.form.SystemLink;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a §7/§8 link is executed: online inside the step (برخط), collected and sent in a batch on a schedule
 * (دسته‌ای), or non-electronic: a generated letter whose reply staff record by hand (غیر الکترونیکی).
 * <p>
 * The card's row decides where it says; where the row's mode is unknown (the seed lost every checkbox of §7/§8),
 * the process definition's step says ({@code config.mode}: {@code online}, {@code batch}, {@code letter}), and
 * without either the link is called online.
 */
public enum ExchangeMode {
    ONLINE, BATCH, LETTER;

    /** The mode of an inquiry step: its card row's (named by {@code config.link}: "§8:<agency code>" or "§7:<row number>"), else its own. */
    public static ExchangeMode of(CardForm card, Map<String, String> config) {
        Optional<LinkMode> declared = declared(card, config == null ? null : config.get("link"));
        if (declared.isPresent()) {
            return switch (declared.get()) {
                case ONLINE -> ONLINE;
                case BATCH -> BATCH;
                case NON_ELECTRONIC -> LETTER;
            };
        }
        return parse(config == null ? null : config.get("mode")).orElse(ONLINE);
    }

    /** A step's {@code mode} setting; empty when absent. */
    public static Optional<ExchangeMode> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(valueOf(setting.strip().toUpperCase(Locale.ROOT)));
    }

    /** The mode the card's §7/§8 row declares, when it is known. */
    static Optional<LinkMode> declared(CardForm card, String link) {
        if (card == null || link == null) {
            return Optional.empty();
        }
        if (link.startsWith("§8:") && card.agencyLinks() != null) {
            String agency = link.substring(3);
            return card.agencyLinks().stream().filter(l -> agency.equals(l.agency())).map(AgencyLink::mode)
                    .filter(Objects::nonNull).findFirst();
        }
        if (link.startsWith("§7:") && card.systemLinks() != null) {
            try {
                int row = Integer.parseInt(link.substring(3).strip());
                return row < 1 || row > card.systemLinks().size() ? Optional.empty()
                        : Optional.ofNullable(card.systemLinks().get(row - 1)).map(SystemLink::mode);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
