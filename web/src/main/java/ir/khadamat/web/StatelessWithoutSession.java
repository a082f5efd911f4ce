package ir.khadamat.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Makes every view transient ({@code <f:view transient="true">}) for a visitor who has no HTTP session yet, so that a
 * public page creates none: its forms post everything they need and their beans are request scoped. Once someone
 * signs in, or an applicant starts a case (its token is kept in the session), views keep their state as before.
 * <p>
 * A phase listener rather than the attribute on {@code f:view} in the template: PrimeFaces keeps its script nonce in
 * the view map of a non-transient view before the view is built ({@code primefaces.CSP}), and a view map lives in the
 * session — the view has to be transient from the start of rendering.
 */
public class StatelessWithoutSession implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view != null && !view.isTransient() && context.getExternalContext().getSession(false) == null) {
            view.setTransient(true);
        }
    }
}
