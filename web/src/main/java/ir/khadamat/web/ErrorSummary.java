package ir.khadamat.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.component.UIViewRoot;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One error pattern on every page (GOV.UK's error summary, in the user's language; tag {@code k:errorSummary}): the
 * request's errors under one heading («مشکلی پیش آمد»), each naming its field and linking to its input, beside which
 * the same message stands ({@code h:message} shows a message's detail, the summary its summary); the input says
 * {@code aria-invalid}. Notices of success are apart, in their own style.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** An error of the summary: the client id of its input (null: of the page) and its text. */
    public record Item(String target, String text) {
    }

    /** The errors and warnings of the request, those of an input first linked to it, in the order they were given. */
    public List<Item> getItems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Item> items = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            String label = id == null ? null : label(faces, id);
            for (FacesMessage m : faces.getMessageList(id)) {
                if (m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    String text = m.getSummary();
                    // the framework's own messages (a converter's, a file's type or size) do not name their field
                    items.add(new Item(id, label == null || text.startsWith(label) ? text : label + ": " + text));
                }
            }
        }
        return items;
    }

    /** The label of an input: its {@code label} attribute (which {@code p:outputLabel} sets), or null. */
    private static String label(FacesContext faces, String clientId) {
        String[] label = new String[1];
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, input) -> {
            if (input.getAttributes().get("label") instanceof String text && !text.isBlank()) {
                label[0] = text;
            }
        });
        return label[0];
    }

    /** The request's notices of success (informational messages of the page). */
    public List<String> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_INFO).map(FacesMessage::getSummary).toList();
    }

    /**
     * An error of one input: beside it the text, in the summary the text named by the field's label (no label: the
     * text alone), linked to the input; the input is marked invalid.
     */
    public static void fieldError(UIComponent input, String label, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (input instanceof UIInput in) {
            in.setValid(false);
        }
        faces.addMessage(input.getClientId(faces), message(label, text));
    }

    /** An error of an input known by its client id (it may sit in a table), as {@link #fieldError(UIComponent, String, String)}. */
    public static void fieldError(String clientId, String label, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, input) -> {
            if (input instanceof UIInput in) {
                in.setValid(false);
            }
        });
        faces.addMessage(clientId, message(label, text));
    }

    /** The message of a field: its summary names the field, its detail (shown beside the field) does not. */
    public static FacesMessage message(String label, String text) {
        String summary = label == null || label.isBlank() ? text : label + ": " + text;
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, text);
    }

    /**
     * Before a view renders, every input with an error says so to assistive technology ({@code aria-invalid}) and
     * names its message ({@code aria-describedby}, the id of its {@code h:message} by the pages' convention
     * {@code <input id>Message}). Registered in faces-config.xml.
     */
    public static class InvalidInputs implements SystemEventListener {

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<String> ids = faces.getClientIdsWithMessages();
            while (ids.hasNext()) {
                String id = ids.next();
                if (id != null) {
                    faces.getViewRoot().invokeOnComponent(faces, id, (context, input) -> {
                        input.getPassThroughAttributes().put("aria-invalid", "true");
                        input.getPassThroughAttributes().put("aria-describedby", id + "Message");
                    });
                }
            }
        }

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIViewRoot;
        }
    }
}
