package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Asking for a service ({@code apply.xhtml?card=}): the person gives their national code and mobile, proves the
 * mobile with a one-time code sent by SMS, and their case starts; its token is kept in their session.
 */
@Named
@RequestScoped
public class ApplicationForm extends OneTimeCodeForm {

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private ProvinceRegistry provinces;

    @Inject
    UserLanguage language;

    @EJB
    private UserDirectory users;

    @Inject
    private ApplicantSession session;

    private String card;
    private String province = "tehran";
    private String unit;
    private boolean codeSent;

    @PostConstruct
    void load() {
        card = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card");
    }

    public String getServiceTitle() {
        return card == null ? null : catalog.find(card).map(c -> c.form().identification().title()).orElse(null);
    }

    public List<Province> getProvinces() {
        return provinces.all(language.getLocale());
    }

    public List<Unit> getPrisons() {
        return users.prisonsOf(province);
    }

    @Override
    protected void codeSent() {
        codeSent = true;
    }

    public String start() {
        return withCode((nationalCode, mobile, oneTimeCode, clientAddress) -> {
            PublicServices.Started started = DataProblemMappers.retryingConflicts(() -> publicServices.start(card,
                    province, unit, nationalCode, mobile, oneTimeCode, null, clientAddress));
            session.keep(TrackingCode.of(started.trackingCode()), started.token());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice",
                    messages.format("apply.started", PersianDigits.toPersian(started.trackingCode())));
            return "/my-case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        });
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isCodeSent() {
        return codeSent;
    }
}
