package ir.khadamat.web.throttle;

import ir.khadamat.runtime.notification.DemoMode;
import ir.khadamat.runtime.notification.DemoSms;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The embedded demonstration's phones: the SMS with one-time codes a mobile got, as its phone shows them. Only with
 * {@code -Dkhadamat.demo=true} (the run profile and the tests); otherwise 404 and nothing is kept. The outbox shows
 * these messages with the code masked.
 */
@Path("/demo/sms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo", description = "Only in the embedded demonstration (-Dkhadamat.demo=true)")
public class DemoSmsResource {

    @EJB
    private DemoSms sms;

    @GET
    @Operation(summary = "The SMS with one-time codes a mobile got, newest first (demonstration only)")
    public List<String> to(@QueryParam("mobile") String mobile) {
        if (!DemoMode.on()) {
            throw new NotFoundException("Not a demonstration server");
        }
        return sms.to(mobile == null ? null : mobile.strip());
    }
}
