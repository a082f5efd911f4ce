package ir.khadamat.testing;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A container test that calls the application from outside, as its clients and browsers do: Arquillian starts the
 * server, and the EAR as the build packaged it, with nothing of the test inside, is deployed once for all such tests
 * ({@link SharedApplication}). Tests that run inside the server declare their own deployment
 * ({@link Deployments#applicationWith}); the shared one is taken down first ({@link SharedApplication.OwnDeployments}).
 */
@ExtendWith({ArquillianExtension.class, SharedApplication.class})
public abstract class ClientTest {

    /** Where the application answers (http://127.0.0.1:8080 plus the tests' port offset, ending with a slash). */
    protected final URL base = SharedApplication.address();
}
