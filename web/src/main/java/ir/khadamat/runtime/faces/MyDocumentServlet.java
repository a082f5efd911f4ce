package ir.khadamat.runtime.faces;

import ir.khadamat.runtime.CaseAttachments;
import ir.khadamat.runtime.PublicServices;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.TrackingCode;
import ir.khadamat.runtime.output.IssuedDocument;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A document the applicant's own case issued (the visit card), as PDF, from {@code my-case.xhtml}:
 * {@code /my-document?code=<tracking code>&document=<verification code>}. Only with the applicant token this browser
 * session keeps for that case, or the person's token that opens it; anything else — no session, no token, another case, another case's document — is a
 * plain 404.
 */
@WebServlet("/my-document")
public class MyDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicServices publicServices;

    @EJB
    private CaseAttachments attachments;

    @Inject
    private ApplicantSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<IssuedDocument> document = find(request);
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.get().getKind() + "-"
                + TrackingCode.parse(request.getParameter("code")).orElseThrow().value() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(document.get().getContent().length);
        response.getOutputStream().write(document.get().getContent());
    }

    private Optional<IssuedDocument> find(HttpServletRequest request) {
        TrackingCode code = TrackingCode.parse(request.getParameter("code")).orElse(null);
        String verification = request.getParameter("document");
        // no session is made just to find there is none
        String token = request.getSession(false) == null || code == null || verification == null ? null : session.token(code);
        if (token == null) {
            return Optional.empty();
        }
        try {
            return attachments.issuedFile(publicServices.applicant(code, token), code, verification);
        } catch (CaseNotFound e) {
            return Optional.empty();
        }
    }
}
