package ir.khadamat.readiness.faces;

import ir.khadamat.catalog.Agency;
import ir.khadamat.catalog.AgencyRegistry;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.catalog.InvalidQueryParameter;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.persian.AlphabeticalOrder;
import ir.khadamat.readiness.Readiness;
import ir.khadamat.readiness.ReadinessReport;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.web.Display;
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
import java.util.Map;
import java.util.stream.Collectors;



/**
 * The e-readiness dashboard ({@code workspace/readiness.xhtml?agency=…&province=…&card=…}): a bookmarkable GET page
 * over {@link ReadinessReport}, for reviewers and agency headquarters. This bean reads the filters and formats: a
 * score as «۵۲٪» or, with unknown parts, «۰٪ تا ۱۰۰٪»; a lower bound as «دست‌کم ۸۰٬۰۰۰»; the chart's Chart.js
 * configuration for PrimeFaces' {@code p:chart}.
 */
@Named
@RequestScoped
public class ReadinessView {

    @EJB
    ReadinessReport report;

    @EJB
    ProvinceRegistry provinces;

    @EJB
    AgencyRegistry agencies;

    @Inject
    UserLanguage language;

    @Inject
    Messages messages;

    @Inject
    Display show;

    private String agency;
    private String province;
    private ReadinessReport.Dashboard dashboard;
    private ReadinessReport.History history;
    private String error;

    @PostConstruct
    void load() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        agency = blankToNull(request.get("agency"));
        province = blankToNull(request.get("province"));
        try {
            try {
                dashboard = report.dashboard(agency, province);
            } catch (InvalidQueryParameter e) {
                error = messages.format("readiness.badParameter", e.parameter());
                agency = null;
                province = null;
                dashboard = report.dashboard(null, null);
            }
            String card = blankToNull(request.get("card"));
            if (card != null) {
                try {
                    history = report.history(card);
                } catch (CardNotFound e) {
                    error = messages.format("readiness.badParameter", "card");
                }
            }
        } catch (EJBAccessException e) {
            error = messages.get("readiness.notAllowed");
        }
    }

    public ReadinessReport.Dashboard getDashboard() {
        return dashboard;
    }

    public ReadinessReport.History getHistory() {
        return history;
    }

    public String getAgency() {
        return agency;
    }

    public String getProvince() {
        return province;
    }

    public String getError() {
        return error;
    }

    public List<Agency> getAgencies() {
        List<Agency> all = new ArrayList<>(agencies.all());
        all.sort(language.isPersian() ? AlphabeticalOrder.by(Agency::getPersianName, language.getLocale())
                : AlphabeticalOrder.by(Agency::getEnglishName, language.getLocale()));
        return all;
    }

    public List<Province> getProvinces() {
        return provinces.all(language.getLocale());
    }

    /** A name in the user's language. */
    public String name(ReadinessReport.Name name) {
        return name == null ? null : language.isPersian() ? name.fa() : name.en();
    }

    /** A score: «۵۲٪» when known, «۰٪ تا ۱۰۰٪» when a part is unknown. */
    public String score(Readiness.Score score) {
        return score == null ? null : range(score.low(), score.high());
    }

    /** A group's mean score, the same way. */
    public String range(Integer low, Integer high) {
        if (low == null || high == null) {
            return "—";
        }
        return low.equals(high) ? percent(low) : messages.format("readiness.range", percent(low), percent(high));
    }

    /** Whole per cent in the user's digits. */
    public String percent(Integer value) {
        return value == null ? null : show.number(value) + (language.isPersian() ? "٪" : "%");
    }

    /** A figure: «۸۰٬۰۰۰», or «دست‌کم ۸۰٬۰۰۰» when it is a lower bound. */
    public String figure(Readiness.Figure figure) {
        if (figure == null) {
            return null;
        }
        return figure.exact() ? show.number(figure.value()) : messages.format("readiness.atLeast", show.number(figure.value()));
    }

    /** The stages' names, in the user's language, joined. */
    public String stages(List<Stage> stages) {
        return stages.stream().map(s -> s.label(language.getLocale()))
                .collect(Collectors.joining(language.isPersian() ? "، " : ", "));
    }

    /** The share of cases requested online: «۴۵٪ از ۱۲۰ پرونده», or that there are no cases yet. */
    public String online(ReadinessReport.Measured m) {
        if (m == null || m.received() == 0) {
            return messages.get("readiness.noCases");
        }
        return messages.format("readiness.onlineOf", percent(m.onlinePercent()), show.number(m.received()));
    }

    /** The mean score after each Jalali month's publications (lowest and highest): Chart.js for {@code p:chart}. */
    public String getChart() {
        ChartConfig chart = ChartConfig.line().range(0, 100);
        List<Integer> low = new ArrayList<>();
        List<Integer> high = new ArrayList<>();
        if (history != null) {
            for (ReadinessReport.VersionRow v : history.versions()) {
                chart.label(messages.format("readiness.versionNo", show.number(v.versionNo())));
                low.add(v.readiness().score().low());
                high.add(v.readiness().score().high());
            }
        } else if (dashboard != null) {
            for (ReadinessReport.Point p : dashboard.overTime()) {
                chart.label(name(p.label()));
                low.add(p.low());
                high.add(p.high());
            }
        }
        return chart.series(messages.get("readiness.low"), low, "#1f6f8b")
                .series(messages.get("readiness.high"), high, "#99c24d").json(language.isPersian());
    }

    /** The REST export of the same dashboard (the signed-in session is accepted there too). */
    public String getSpreadsheetLink() {
        StringBuilder link = new StringBuilder("/api/readiness/export.xlsx?lang=").append(language.isPersian() ? "fa" : "en");
        if (agency != null) {
            link.append("&agency=").append(URLEncoder.encode(agency, StandardCharsets.UTF_8));
        }
        if (province != null) {
            link.append("&province=").append(URLEncoder.encode(province, StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
