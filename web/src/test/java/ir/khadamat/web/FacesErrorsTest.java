package ir.khadamat.web;

import ir.khadamat.catalog.CardConflict;
import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardNotFound;
import ir.khadamat.runtime.cases.InvalidStepInput;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The status of a failed JSF request: the caller's doing gets its 4xx, anything else stays the server's. */
class FacesErrorsTest {

    @Test
    void theCallersRefusalsGetTheirStatusWhereverTheyAreWrapped() {
        assertEquals(403, FacesErrors.Handler.status(new FacesException(new EJBAccessException("no"))));
        assertEquals(404, FacesErrors.Handler.status(new FacesException(new EJBException(new CardNotFound("k")))));
        assertEquals(409, FacesErrors.Handler.status(new CardConflict("k", 3)));
        assertEquals(400, FacesErrors.Handler.status(new FacesException(new InvalidStepInput("f", "runtime.field.date"))));
        assertEquals(400, FacesErrors.Handler.status(new CardFormJson.InvalidCardDocument("bad")));
        assertEquals(0, FacesErrors.Handler.status(new FacesException(new NullPointerException())), "a bug stays a 500");
    }

    @Test
    void anExpiredViewIsFoundUnderItsWrappers() {
        assertNotNull(FacesErrors.Handler.find(new FacesException(new ViewExpiredException("gone", "/x.xhtml")),
                ViewExpiredException.class));
    }
}
