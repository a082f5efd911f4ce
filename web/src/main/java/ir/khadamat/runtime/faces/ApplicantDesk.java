package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogQuery;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.CaseCaller;
import ir.khadamat.runtime.CaseEngine;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.appointment.Appointments;
import ir.khadamat.runtime.cases.CaseMoved;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.CaseStatus;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Province;
import ir.khadamat.tenancy.ProvinceRegistry;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.Unit;
import ir.khadamat.throttle.Throttled;
import ir.khadamat.users.UserDirectory;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public's screens of the runtime: the services one can ask for ({@code services.xhtml}), asking for one with
 * national code, mobile and a one-time code ({@code apply.xhtml?card=}), and one's own case with the steps that are
 * one's to do ({@code my-case.xhtml?code=}).
 */
@Named
@RequestScoped
public class ApplicantDesk {

    @EJB
    private PublicServices publicServices;

    @EJB
    private CaseEngine engine;

    @EJB
    private CaseViews views;

    @EJB
    private CaseAttachments attachments;

    @EJB
    private CatalogSearch search;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private ProvinceRegistry provinces;

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
    private CaseView view;
    private String token;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Part> files = new HashMap<>();

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        card = params.get("card");
        String tracking = params.get("code");
        // the applicant's tokens live in the session, which exists only once someone started or signed in to a case:
        // a visitor without one is not given a session just to find that out
        boolean hasSession = FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
        token = hasSession ? session.token(tracking) : null;
        if (tracking != null && token != null) {
            try {
                view = views.find(publicServices.applicant(tracking, token), tracking);
            } catch (CaseNotFound e) {
                view = null;
            }
        }
    }

    private List<CardSummary> services;

    /** Published services whose process is started by the public (worked out once a request: the page asks twice). */
    public List<CardSummary> getServices() {
        if (services == null) {
            services = publicServicesNow();
        }
        return services;
    }

    private List<CardSummary> publicServicesNow() {
        return search.search(CatalogQuery.parse(null, null, null, null, null, null, null, null).everything()).items().stream()
                .filter(c -> c.status() == CardStatus.PUBLISHED && isPublic(c.key())).toList();
    }

    private boolean isPublic(String key) {
        return catalog.process(key).map(ProcessDefinitions::read).map(p -> "public".equals(p.applicant())).orElse(false);
    }

    public String getServiceTitle() {
        return card == null ? null : catalog.find(card).map(c -> c.form().identification().title()).orElse(null);
    }

    public List<Province> getProvinces() {
        return provinces.all();
    }

    public List<Unit> getPrisons() {
        return users.prisonsOf(province);
    }

    public String sendCode() {
        try {
            publicServices.sendCode(nationalCode, mobile, clientAddress());
            codeSent = true;
            info(messages.get("apply.codeSent"));
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (Throttled e) {
            error(throttled(e));
        }
        return null;
    }

    public String start() {
        try {
            PublicServices.Started started = publicServices.start(card, province, unit, nationalCode, mobile, code, null,
                    clientAddress());
            session.keep(started.trackingCode(), started.token());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice",
                    messages.format("apply.started", PersianDigits.toPersian(started.trackingCode())));
            return "/my-case.xhtml?faces-redirect=true&code=" + started.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (PublicServices.OneTimeCodeRefused e) {
            codeSent = true;
            error(messages.get("apply.codeRefused"));
        } catch (Throttled e) {
            codeSent = true;
            error(throttled(e));
        }
        return null;
    }

    private String throttled(Throttled e) {
        return messages.format(e.what().startsWith("code.locked") ? "throttle.codeLocked" : "throttle.wait",
                PersianDigits.toPersian(Long.toString(e.retryAfterSeconds())));
    }

    static String clientAddress() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    /** Does the applicant's current step. */
    public String submit() {
        if (view == null || view.currentStep() == null) {
            return null;
        }
        CaseCaller applicant = publicServices.applicant(view.trackingCode(), token);
        Map<String, String> submitted = new HashMap<>(values);
        try {
            StepScreens.upload(files, submitted, (name, fileName, contentType, content) -> attachments.upload(
                    applicant, view.trackingCode(), view.currentStep().id(), name, fileName, contentType, content));
            engine.submit(applicant, view.trackingCode(), view.currentStep().id(), submitted, view.version());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", messages.get("case.stepDone"));
            return "/my-case.xhtml?faces-redirect=true&code=" + view.trackingCode();
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (CaseMoved e) {
            error(messages.get("case.moved"));
        } catch (IOException e) {
            error(messages.get("case.uploadFailed"));
        }
        return null;
    }

    /** The free slots grouped by Jalali day. */
    public Map<String, List<Appointments.Slot>> getSlotsByDay() {
        return StepScreens.byJalaliDay(getSlots());
    }

    public List<Appointments.Slot> getSlots() {
        if (view == null || view.currentStep() == null || view.currentStep().visitTypes().isEmpty()) {
            return List.of();
        }
        return attachments.slots(publicServices.applicant(view.trackingCode(), token), view.trackingCode(),
                visitType(), null, 14);
    }

    public String hold(Instant startsAt) {
        try {
            attachments.hold(publicServices.applicant(view.trackingCode(), token), view.trackingCode(), visitType(),
                    startsAt);
            return "/my-case.xhtml?faces-redirect=true&code=" + view.trackingCode() + "&type=" + visitType();
        } catch (InvalidStepInput e) {
            problems(e);
            return null;
        }
    }

    public String visitType() {
        String type = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("type");
        return type != null && view.currentStep().visitTypes().contains(type) ? type : view.currentStep().visitTypes().get(0);
    }

    private void problems(InvalidStepInput e) {
        StepScreens.report(e, view == null ? null : view.currentStep(), validationTexts,
                field -> messages.get("apply.field." + field));
    }

    private static void error(String text) {
        StepScreens.error(text);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public boolean isMyTurn() {
        return view != null && view.currentStep() != null && Roles.APPLICANT.equals(view.currentStep().role())
                && view.status() == CaseStatus.OPEN;
    }

    public CaseView getView() {
        return view;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, Part> getFiles() {
        return files;
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
}
