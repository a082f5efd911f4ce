package ir.khadamat.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Keeps a page's address across its own posts: a form posts back to the address of the thing it is about
 * ({@code card.xhtml?id=…}, {@code edit.xhtml?key=…}, {@code case.xhtml?code=…}), so the address bar after a refused
 * post still names it, and reloading or bookmarking it works. Faces alone posts to the bare view; the parameter comes
 * from the request — its address, or the hidden field each such form carries.
 */
public class PageAddress extends ViewHandlerWrapper {

    /** The request parameters that name what a page shows. */
    static final List<String> NAMES = List.of("id", "key", "code");

    public PageAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())) {
            return url; // another page's address says what it needs
        }
        return withParameters(url, context.getExternalContext().getRequestParameterMap());
    }

    /** The URL with the first naming parameter of the request that it lacks, if any. */
    static String withParameters(String url, Map<String, String> request) {
        for (String name : NAMES) {
            String value = request.get(name);
            if (value != null && !value.isBlank() && !url.matches(".*[?&]" + name + "=.*")) {
                return url + (url.contains("?") ? "&" : "?") + name + "="
                        + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
            }
        }
        return url;
    }
}
