package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.ServiceCatalog;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.runtime.CaseView;
import ir.khadamat.runtime.CaseViews;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.documents.CaseDocuments;
import ir.khadamat.runtime.output.IssuedDocuments;
import ir.khadamat.throttle.Throttled;
import ir.khadamat.throttle.Throttles;
import ir.khadamat.web.ErrorSummary;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

/** The public pages: track a case by its tracking code ({@code track.xhtml}), check an issued document ({@code verify.xhtml}). */
@Named
@RequestScoped
public class PublicDesk {

    @EJB
    private CaseViews views;

    @EJB
    private IssuedDocuments issued;

    @EJB
    private ServiceCatalog catalog;

    @EJB
    private Throttles throttles;

    @Inject
    private Messages messages;

    @Inject
    private UserLanguage language;

    private String throttled;
    private CaseView tracked;
    private IssuedDocuments.Verification verification;
    private String verifiedService;
    /** A PDF someone was given, to check its signature (the upload on verify.xhtml). */
    private UploadedFile file;
    private IssuedDocuments.FileCheck fileCheck;

    @PostConstruct
    void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String code = params.get("code");
        if (code != null && !code.isBlank()) {
            try {
                String ascii = PersianDigits.toAscii(code.strip());
                throttles.tracking(ascii, OneTimeCodeForm.clientAddress());
                tracked = TrackingCode.parse(ascii).map(t -> views.track(t, language.getLocale())).orElse(null);
            } catch (CaseNotFound e) {
                tracked = null;
            } catch (Throttled e) {
                throttled = throttled(e);
            }
        }
        String document = params.get("document");
        if (document != null && !document.isBlank()) {
            try {
                throttles.verification(document.strip(), OneTimeCodeForm.clientAddress());
            } catch (Throttled e) {
                throttled = throttled(e);
                return;
            }
            verification = issued.verify(document).orElse(null);
            verifiedService = serviceOf(verification);
        }
    }

    /** The title of the service that issued a document; null for none. */
    private String serviceOf(IssuedDocuments.Verification issuedDocument) {
        return issuedDocument == null ? null : catalog.find(issuedDocument.cardKey())
                .map(c -> c.form().identification().title()).orElse(null);
    }

    /** Checks the uploaded PDF: signed by this installation and unchanged, and the document its code names. */
    public void checkFile() {
        if (file == null || file.getSize() == 0) {
            ErrorSummary.fieldError("check:file", messages.get("verify.file"), messages.get("verify.file.none"));
            return;
        }
        byte[] pdf = file.getContent();
        try {
            throttles.verification(CaseDocuments.sha256(pdf), OneTimeCodeForm.clientAddress());
        } catch (Throttled e) {
            // beside the field: the page's own notice of a throttled lookup is laid out before a postback is handled
            ErrorSummary.fieldError("check:file", messages.get("verify.file"), throttled(e));
            return;
        }
        fileCheck = issued.checkFile(pdf);
        verifiedService = serviceOf(fileCheck.verification());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /** The check of the uploaded PDF; null before one is uploaded. */
    public IssuedDocuments.FileCheck getFileCheck() {
        return fileCheck;
    }

    private String throttled(Throttled e) {
        return messages.format("throttle.wait", PersianDigits.toPersian(Long.toString(e.retryAfterSeconds())));
    }

    /** The Persian message when a throttle refused the lookup; null otherwise. */
    public String getThrottled() {
        return throttled;
    }

    public CaseView getTracked() {
        return tracked;
    }

    public IssuedDocuments.Verification getVerification() {
        return verification;
    }

    public String getVerifiedService() {
        return verifiedService;
    }
}
