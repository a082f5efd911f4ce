package ir.khadamat.runtime.faces;

import ir.khadamat.catalog.CardSummary;
import ir.khadamat.catalog.CatalogSearch;
import ir.khadamat.runtime.PublicServices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The services the public can ask for ({@code services.xhtml}). */
@Named
@RequestScoped
public class ServiceList {

    @EJB
    private CatalogSearch search;

    @EJB
    private PublicServices publicServices;

    private List<CardSummary> services;

    /** Published services whose process is started by the public (worked out once a request: the page asks twice). */
    public List<CardSummary> getServices() {
        if (services == null) {
            services = publicServices.startedByThePublic(search.published());
        }
        return services;
    }
}
