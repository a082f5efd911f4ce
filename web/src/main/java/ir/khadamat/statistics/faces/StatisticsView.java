package ir.khadamat.statistics.faces;

import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.form.Period;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.statistics.JalaliPeriods;
import ir.khadamat.statistics.ServiceStatistics;
import ir.khadamat.statistics.StatisticsQuery;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.web.ChartConfig;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;



/**
 * The statistics dashboard ({@code workspace/statistics.xhtml?period=SEASON&year=1403&province=…&card=…}): a bookmarkable
 * GET page over {@link ServiceStatistics#dashboard}, which decides the province (a province's users always get their
 * own) and compares measured with declared. This bean only reads the filters and formats: the chart's Chart.js
 * configuration for PrimeFaces' {@code p:chart}, numbers in the user's digits, period names.
 */
@Named
@RequestScoped
public class StatisticsView {

    @EJB
    ServiceStatistics statistics;

    @EJB
    ProvinceRegistry provinces;

    @Inject
    UserLanguage language;

    @Inject
    Messages messages;

    private StatisticsQuery query;
    private ServiceStatistics.Dashboard dashboard;
    private String error;

    @PostConstruct
    void load() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            query = StatisticsQuery.parse(request.get("card"), request.get("province"), request.get("period"), request.get("year"));
            if (query.province() != null && provinces.byCode(query.province()).isEmpty()) {
                throw new InvalidQueryParameter("province", query.province());
            }
        } catch (InvalidQueryParameter e) {
            error = messages.format("stats.badParameter", e.parameter());
            query = new StatisticsQuery(null, null, Period.MONTH, null);
        }
        try {
            dashboard = statistics.dashboard(query.card(), query.province(), query.period(), query.year());
        } catch (EJBAccessException e) {
            error = messages.get("stats.notAllowed");
        }
    }

    public ServiceStatistics.Dashboard getDashboard() {
        return dashboard;
    }

    public StatisticsQuery getQuery() {
        return query;
    }

    public String getError() {
        return error;
    }

    public List<ServiceStatistics.Service> getServices() {
        try {
            return statistics.services();
        } catch (EJBAccessException e) {
            return List.of();
        }
    }

    public List<Province> getProvinces() {
        return provinces.all(language.getLocale());
    }

    public List<Period> getPeriods() {
        return List.of(Period.values());
    }

    /** A Jalali period's name in the user's language: «آبان ۱۴۰۴», "Aban 1404". */
    public String period(String key) {
        return JalaliPeriods.label(key, messages.isPersian());
    }

    /** A year in the user's digits. */
    public String year(Integer year) {
        return year == null ? null : messages.isPersian() ? PersianDigits.toPersian(year.toString()) : year.toString();
    }

    /** A number with one decimal in the user's digits (٫ as the Persian decimal separator); null stays null. */
    public String decimal(Double value) {
        if (value == null) {
            return null;
        }
        String text = String.format(Locale.ROOT, "%,.1f", value);
        return messages.isPersian() ? PersianDigits.toPersian(text).replace('.', '٫').replace(',', '٬') : text;
    }

    /** A difference in per cent with its sign: «+۱۲٫۵٪», "-3.0%". */
    public String percent(Double value) {
        if (value == null) {
            return null;
        }
        String sign = value > 0 ? "+" : "";
        return messages.isPersian() ? sign + decimal(value) + "٪" : sign + decimal(value) + "%";
    }

    /** The chart of cases received and delivered per period: a Chart.js configuration for {@code p:chart}. */
    public String getChart() {
        if (dashboard == null) {
            return "{}";
        }
        ChartConfig chart = ChartConfig.bar();
        List<Long> received = new ArrayList<>();
        List<Long> delivered = new ArrayList<>();
        for (ServiceStatistics.PeriodTotal t : dashboard.periods()) {
            chart.label(period(t.period()));
            received.add(t.received());
            delivered.add(t.delivered());
        }
        return chart.series(messages.get("stats.received"), received, "#1f6f8b")
                .series(messages.get("stats.delivered"), delivered, "#99c24d").json(messages.isPersian());
    }

    /** The REST export of the same report (the signed-in session is accepted there too). */
    public String getSpreadsheetLink() {
        StringBuilder link = new StringBuilder("/api/statistics/export.xlsx?period=").append(query.period().name());
        if (dashboard != null) {
            link.append("&year=").append(dashboard.year());
        }
        if (query.card() != null) {
            link.append("&card=").append(URLEncoder.encode(query.card(), StandardCharsets.UTF_8));
        }
        if (query.province() != null) {
            link.append("&province=").append(URLEncoder.encode(query.province(), StandardCharsets.UTF_8));
        }
        return link.append("&lang=").append(messages.isPersian() ? "fa" : "en").toString();
    }
}
