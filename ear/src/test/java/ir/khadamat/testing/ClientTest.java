package ir.khadamat.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A container test that calls the application from outside, as its clients and browsers do: Arquillian deploys the
 * EAR as the build packaged it, with nothing of the test inside, and gives its address. Tests that run inside the
 * server declare their own deployment ({@link Deployments#applicationWith}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ClientTest {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Where the application answers (http://127.0.0.1:8080 plus the tests' port offset, ending with a slash). */
    @ArquillianResource
    protected URL base;
}
