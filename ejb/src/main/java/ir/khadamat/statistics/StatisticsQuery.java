package ir.khadamat.statistics;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.PersianDigits;

import java.util.Locale;

/**
 * The dashboard's filters as they come from a query string or a page's form, checked: each bad one names its
 * parameter ({@link InvalidQueryParameter}, problem+JSON 400 in REST, a message on the page). Blank means "not given".
 *
 * @param card     a card key (null: every service)
 * @param province a province code (null: the whole country; national users only)
 * @param period   MONTH (default), SEASON or YEAR
 * @param year     a Jalali year, 1300–1499 (null: the latest with cases)
 */
public record StatisticsQuery(String card, String province, Period period, Integer year) {

    public static StatisticsQuery parse(String card, String province, String period, String year) {
        String key = blank(card);
        if (key != null && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidQueryParameter("card", "a card key (lower-case letters, digits and hyphens)");
        }
        String code = blank(province);
        if (code != null && !code.matches("[a-z]+(-[a-z]+)*")) {
            throw new InvalidQueryParameter("province", "a province code, e.g. tehran");
        }
        Period by;
        try {
            by = blank(period) == null ? Period.MONTH
                    : Period.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameter("period", "one of MONTH, SEASON, YEAR");
        }
        Integer jalaliYear = null;
        if (blank(year) != null) {
            try {
                jalaliYear = Integer.valueOf(PersianDigits.toAscii(year.strip()));
            } catch (NumberFormatException e) {
                jalaliYear = -1;
            }
            if (jalaliYear < 1300 || jalaliYear > 1499) {
                throw new InvalidQueryParameter("year", "a Jalali year, e.g. 1403");
            }
        }
        return new StatisticsQuery(key, code, by, jalaliYear);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
