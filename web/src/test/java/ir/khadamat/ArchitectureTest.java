package ir.khadamat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code (docs/architecture.md), checked on the compiled classes of the ejb and web modules:
 * dependencies point one way — from the screens and the REST API (faces) to the contexts (domain) to the kernel —
 * no package depends on another that depends back on it, and the start-up layer ({@code platform}) is imported by
 * nobody.
 */
class ArchitectureTest {

    /** The screens and the REST API: JSF beans, resources and the web layer's shared helpers. */
    private static final String[] FACES = {"..faces..", "..rest..", "ir.khadamat.web.."};
    /** The contexts: the catalogue, the runtime, exchanges with partners, statistics, users, catalogue bundles. */
    private static final String[] DOMAIN = {"ir.khadamat.catalog..", "ir.khadamat.runtime..",
            "ir.khadamat.integration..", "ir.khadamat.statistics..", "ir.khadamat.users..", "ir.khadamat.bundle..",
            "ir.khadamat.readiness.."};
    /**
     * What every context builds on: Persian text and dates, JSON, spreadsheets, settings, tenancy, audit, throttles,
     * markup (the one XML escaper), the Persian PDF engine and the timers' rounds in a cluster.
     */
    private static final String[] KERNEL = {"ir.khadamat.persian..", "ir.khadamat.json..",
            "ir.khadamat.spreadsheet..", "ir.khadamat.settings..", "ir.khadamat.tenancy", "ir.khadamat.audit..",
            "ir.khadamat.throttle..", "ir.khadamat.markup..", "ir.khadamat.pdf..", "ir.khadamat.schedule.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("ir.khadamat");
        // the ejb module's classes are on the test class path as well as the web module's
        assertTrue(classes.contain("ir.khadamat.runtime.CaseEngine") && classes.contain("ir.khadamat.web.Problem"),
                "both modules imported");
    }

    @Test
    void noPackageDependsOnAPackageThatDependsBackOnIt() {
        slices().matching("ir.khadamat.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theKernelKnowsNoContextAndNoScreen() {
        noClasses().that().resideInAnyPackage(KERNEL)
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN)
                .orShould().dependOnClassesThat().resideInAnyPackage(FACES).check(classes);
    }

    @Test
    void theContextsKnowNoScreen() {
        noClasses().that().resideInAnyPackage(DOMAIN).and().resideOutsideOfPackages(FACES)
                .should().dependOnClassesThat().resideInAnyPackage(FACES).check(classes);
    }

    @Test
    void nothingImportsTheStartUp() {
        noClasses().that().resideOutsideOfPackage("ir.khadamat.platform..")
                .should().dependOnClassesThat().resideInAPackage("ir.khadamat.platform..").check(classes);
    }
}
