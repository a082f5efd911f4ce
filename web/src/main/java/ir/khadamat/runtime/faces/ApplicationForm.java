package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.throttle.Throttled;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import ir.khadamat.web.ValidationTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * Asking for a service ({@code apply.xhtml?card=}): the person gives their national code and mobile, proves the
 * mobile with a one-time code sent by SMS, and their case starts; its token is kept in their session.
 */
@Named
@RequestScoped
public class ApplicationForm {

    @EJB
    private PublicServices publicServices;

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

    @Inject
    private Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private String card;
    private String province = "tehran";
    private String unit;
    private String nationalCode;
    private String mobile;
    private String code;
    private boolean codeSent;
    private boolean justSent;

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

    public String sendCode() {
        try {
            publicServices.sendCode(nationalCode, mobile, clientAddress());
            codeSent = true;
            justSent = true; // said in its own style beside the form, not among the problems
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (Throttled e) {
            StepScreens.error(throttled(messages, e));
        }
        return null;
    }

    public String start() {
        try {
            PublicServices.Started started = DataProblemMappers.retryingConflicts(() -> publicServices.start(card,
                    province, unit, nationalCode, mobile, code, null, clientAddress()));
            session.keep(TrackingCode.of(started.trackingCode()), started.token());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice",
                    messages.format("apply.started", PersianDigits.toPersian(started.trackingCode())));
            return "/my-case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (PublicServices.OneTimeCodeRefused e) {
            codeSent = true;
            StepScreens.error(messages.get("apply.codeRefused"));
        } catch (Throttled e) {
            codeSent = true;
            StepScreens.error(throttled(messages, e));
        }
        return null;
    }

    /** The Persian message of a throttle's refusal: locked by wrong codes, or wait. */
    static String throttled(Messages messages, Throttled e) {
        return messages.format(e.what().startsWith("code.locked") ? "throttle.codeLocked" : "throttle.wait",
                PersianDigits.toPersian(Long.toString(e.retryAfterSeconds())));
    }

    /** The address the request came from, for the throttles (null: unknown). */
    static String clientAddress() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    private void problems(InvalidStepInput e) {
        StepScreens.report(e, null, validationTexts, field -> messages.get("apply.field." + field));
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

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isCodeSent() {
        return codeSent;
    }

    /** Whether this request sent the code: the page says so as a success. */
    public boolean isJustSent() {
        return justSent;
    }
}
