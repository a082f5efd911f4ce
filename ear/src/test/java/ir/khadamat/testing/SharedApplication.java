package ir.khadamat.testing;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * The application as the build packaged it (target/khadamat.ear), deployed once for all the tests that call it from
 * outside ({@link ClientTest}) instead of once per test class: deploying the EAR takes five to ten seconds, twenty
 * times per run. It goes to the server Arquillian started, through the management API, without being recorded in the
 * server's configuration. A test that runs inside the server deploys its own EAR (the application with the test's
 * classes) under the same name, so the shared one is taken down before such a class starts ({@link OwnDeployments},
 * a listener of the test run, on this side only); the class order ({@link OwnDeploymentsFirst}) runs those tests
 * first, so the shared EAR is deployed once.
 */
public final class SharedApplication implements BeforeAllCallback {

    private static final String NAME = "khadamat.ear";
    private static final int OFFSET = Integer.getInteger("it.port.offset", 100);
    private static final int MANAGEMENT_PORT = Integer.getInteger("it.management.port", 9990 + OFFSET);

    /** Whether this test run deployed the shared EAR and it is still deployed. */
    private static boolean deployed;

    /** Where the application answers: http://127.0.0.1:8080 plus the tests' port offset, ending with a slash. */
    public static URL address() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + OFFSET) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        deploy();
    }

    private static synchronized void deploy() {
        if (deployed) {
            return;
        }
        File ear = new File(System.getProperty("khadamat.ear", "target/khadamat.ear")).getAbsoluteFile();
        ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", NAME));
        ModelNode content = add.get("content").add();
        content.get("path").set(ear.getPath());
        content.get("archive").set(true);
        add.get("enabled").set(true);
        add.get("persistent").set(false); // gone with the server: the next run's server starts without it
        execute(add);
        deployed = true;
    }

    private static synchronized void undeploy() {
        if (!deployed) {
            return;
        }
        ModelNode address = Operations.createAddress("deployment", NAME);
        execute(Operations.CompositeOperationBuilder.create()
                .addStep(Operations.createOperation("undeploy", address))
                .addStep(Operations.createRemoveOperation(address))
                .build().getOperation());
        deployed = false;
    }

    private static void execute(ModelNode operation) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", MANAGEMENT_PORT)) {
            ModelNode result = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(result)) {
                throw new IllegalStateException("The server refused " + operation.get("operation").asString() + " of "
                        + NAME + ": " + Operations.getFailureDescription(result).asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the shared EAR down before a test class that deploys its own starts (before Arquillian deploys it): a
     * listener of the test run (META-INF/services), so nothing of it goes into the server with the test.
     */
    public static final class OwnDeployments implements TestExecutionListener {

        @Override
        public void executionStarted(TestIdentifier identifier) {
            if (identifier.getSource().orElse(null) instanceof ClassSource source
                    && OwnDeploymentsFirst.ownDeployment(source.getJavaClass())) {
                undeploy();
            }
        }
    }
}
