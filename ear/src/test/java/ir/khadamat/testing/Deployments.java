package ir.khadamat.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The application as the build packaged it (target/khadamat.ear): container tests deploy the real EAR,
 * not a hand-made subset. In-container tests add their own classes to its web module.
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "khadamat.ear")
                .importFrom(new File(System.getProperty("khadamat.ear", "target/khadamat.ear")))
                .as(EnterpriseArchive.class);
    }

    /** The EAR with the given classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, "khadamat-web.war");
        web.addClasses(testClasses);
        ear.delete("khadamat-web.war");
        ear.addAsModule(web);
        return ear;
    }
}
