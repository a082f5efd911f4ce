package ir.khadamat.runtime.faces;

import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.throttle.Throttled;
import ir.khadamat.web.Messages;
import ir.khadamat.web.ValidationTexts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the public pages that prove a mobile share (asking for a service, «درخواست‌های من»): the national code and
 * mobile a person types, the one-time code sent to that mobile by SMS, and the page's words for what went wrong — a
 * field beside its input, a refused code, a throttle's wait.
 */
public abstract class OneTimeCodeForm {

    @EJB
    protected PublicServices publicServices;

    @Inject
    protected Messages messages;

    @Inject
    private ValidationTexts validationTexts;

    private String nationalCode;
    private String mobile;
    private String code;
    private boolean justSent;

    /** Sends the one-time code to the mobile typed, for the national code typed. */
    public String sendCode() {
        try {
            publicServices.sendCode(nationalCode, mobile, clientAddress());
            justSent = true; // said in its own style beside the form, not among the problems
            codeSent();
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (Throttled e) {
            StepScreens.error(throttled(messages, e));
        }
        return null;
    }

    /** What the page does once the code went out; nothing by default. */
    protected void codeSent() {
    }

    /**
     * Runs what needs the one-time code (a sign-in, a start) and says on the page what went wrong: a field beside its
     * input, a code refused, a throttle's wait.
     *
     * @return the outcome of the action, or null to stay on the page
     */
    protected String withCode(CodeAction action) {
        try {
            return action.run(nationalCode, mobile, code, clientAddress());
        } catch (InvalidStepInput e) {
            problems(e);
        } catch (PublicServices.OneTimeCodeRefused e) {
            codeSent();
            StepScreens.error(messages.get("apply.codeRefused"));
        } catch (Throttled e) {
            codeSent();
            StepScreens.error(throttled(messages, e));
        }
        return null;
    }

    /** An action that needs the person's national code, mobile and one-time code. */
    @FunctionalInterface
    protected interface CodeAction {
        String run(String nationalCode, String mobile, String oneTimeCode, String clientAddress);
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

    /** Whether this request sent the code: the page says so as a success. */
    public boolean isJustSent() {
        return justSent;
    }
}
