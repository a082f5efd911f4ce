package ir.khadamat.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the screens do when a JSF request fails, registered in faces-config.xml:
 * <ul>
 *     <li>a post whose view state expired (the session ended, or the view left the session's views) reloads the same
 *     page, for AJAX posts too, with {@code ?expired=true}: the page shows «نشست شما منقضی شد…» (303, never 500);</li>
 *     <li>a refusal of the domain that reached the screen unhandled (not allowed, not found, changed meanwhile, an
 *     invalid value) shows the error page with its status (403, 404, 409, 400), logged in one line;</li>
 *     <li>anything else is left to the container: the error page with 500.</li>
 * </ul>
 */
public class FacesErrors extends ExceptionHandlerFactory {

    /** Request parameters that name what a page shows, kept when an expired post reloads it. */
    static final List<String> KEPT = List.of("key", "section", "code", "id", "card", "type", "q");

    private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

    public FacesErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (faces != null && events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                try {
                    ViewExpiredException expired = find(failure, ViewExpiredException.class);
                    if (expired != null) {
                        events.remove();
                        reload(faces, expired.getViewId());
                        return;
                    }
                    int status = status(failure);
                    if (status != 0 && !faces.getPartialViewContext().isAjaxRequest()
                            && !faces.getExternalContext().isResponseCommitted()) {
                        events.remove();
                        Throwable cause = rootCause(failure);
                        LOG.log(Level.INFO, "{0} on {1}: {2}: {3}", new Object[]{status,
                                faces.getExternalContext().getRequestServletPath(), cause.getClass().getSimpleName(),
                                cause.getMessage()});
                        errorPage(faces, status);
                        return;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "could not answer a failed request in a friendly way", e);
                }
            }
            getWrapped().handle();
        }

        /** The same page again (GET), naming what it showed, with the notice that the session expired. */
        private static void reload(FacesContext faces, String viewId) throws IOException {
            ExternalContext external = faces.getExternalContext();
            StringBuilder url = new StringBuilder(external.getRequestContextPath())
                    .append(viewId == null || !viewId.startsWith("/") ? "/" : viewId).append("?expired=true");
            Map<String, String> params = external.getRequestParameterMap();
            for (String name : KEPT) {
                String value = params.get(name);
                if (value != null && !value.isBlank() && value.length() <= 200) {
                    url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            LOG.log(Level.FINE, "view expired: {0} reloaded", viewId);
            if (!external.isResponseCommitted()) {
                external.responseReset();
            }
            // answers a partial-response redirect to an AJAX post, a 302 to any other
            external.redirect(url.toString());
            faces.responseComplete();
        }

        /** The error page, with the status of the refusal. */
        private static void errorPage(FacesContext faces, int status) throws IOException {
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseStatus(status);
            external.getRequestMap().put("jakarta.servlet.error.status_code", status);
            UIViewRoot error = faces.getApplication().getViewHandler().createView(faces, "/error.xhtml");
            faces.setViewRoot(error);
            if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                faces.getApplication().getViewHandler().renderView(faces, error);
                faces.responseComplete();
            } else {
                faces.renderResponse();
            }
        }

        /** The status of a refusal that is the caller's (not the server's) doing; 0 for anything else. */
        static int status(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String name = "." + t.getClass().getSimpleName();
                if (t instanceof EJBAccessException || t instanceof ProtectedViewException) {
                    return 403;
                }
                if (name.endsWith(".CardNotFound") || name.endsWith(".CaseNotFound")) {
                    return 404;
                }
                if (name.endsWith(".CardConflict") || name.endsWith(".CaseMoved")) {
                    return 409;
                }
                if (name.endsWith(".InvalidCard") || name.endsWith(".InvalidStepInput")
                        || name.endsWith(".CardTransitionRefused") || name.endsWith(".InvalidCardDocument")
                        || t instanceof ConverterException
                        || t instanceof NumberFormatException || t instanceof IllegalArgumentException) {
                    return 400;
                }
            }
            return 0;
        }

        static <T extends Throwable> T find(Throwable failure, Class<T> type) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }

        private static Throwable rootCause(Throwable failure) {
            Throwable t = failure;
            while ((t instanceof FacesException || t instanceof ELException
                    || t instanceof EJBException) && t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t;
        }
    }
}
