package ir.khadamat.catalog.process;

import ir.khadamat.catalog.process.ProcessDefinition.Outcome;
import ir.khadamat.catalog.process.ProcessDefinition.Step;
import ir.khadamat.persian.Iran;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A definition's problems as a designer shows them beside their step, in Persian, and as REST answers them in English. */
class ProcessProblemTest {

    @Test
    void eachProblemIsNamedInBothLanguages() throws IOException {
        Properties en = texts("problems.properties");
        Properties fa = texts("problems_fa.properties");
        assertEquals(en.keySet(), fa.keySet(), "every problem in Persian and in English");
        for (String code : fa.stringPropertyNames()) {
            assertFalse(fa.getProperty(code).matches(".*\\b(step|field|must|needs)\\b.*"), code + " is Persian");
        }
    }

    @Test
    void aStepsProblemNamesItsStepInPersianAndInEnglish() {
        Step decide = new Step("decide", "تصمیم", StepKind.DECISION, "province-staff", null,
                List.of(new Outcome("yes", "بله", "b", null), new Outcome("no", "خیر", "missing", null)), null, null, null);
        ProcessDefinition d = SeedProcessesTest.definition(decide, SeedProcessesTest.end("b"));
        List<ProcessProblem> problems = ProcessDefinitions.problems(d);
        assertEquals(1, problems.size(), problems.toString());
        ProcessProblem p = problems.get(0);
        assertEquals("decide", p.step(), "beside the step it concerns");
        assertEquals("این مرحله به «missing» می‌رود که مرحله‌ای از این فرایند نیست", p.message(Iran.PERSIAN));
        assertEquals("step 'decide': leads to 'missing', which is not a step", p.message(Locale.ENGLISH));
        assertEquals(List.of(p.toString()), ProcessDefinitions.check(d), "REST's English text, as before");
    }

    /** An outcome that leads nowhere yet (a designer's new row) is a problem named, not a failure of the check. */
    @Test
    void aMissingTargetIsNamedMissing() {
        Step decide = new Step("decide", "تصمیم", StepKind.DECISION, "province-staff", null,
                List.of(new Outcome("yes", "بله", "b", null), new Outcome("no", "خیر", null, null)), null, null, null);
        assertEquals(List.of("step 'decide': leads to 'null', which is not a step"),
                ProcessDefinitions.check(SeedProcessesTest.definition(decide, SeedProcessesTest.end("b"))));
    }

    @Test
    void aDefinitionsOwnProblemHasNoStep() {
        ProcessDefinition d = new ProcessDefinition(1, "test", "a", "anyone", "prisoner",
                List.of(SeedProcessesTest.end("a")));
        ProcessProblem p = ProcessDefinitions.problems(d).get(0);
        assertEquals(null, p.step());
        assertEquals("applicant must be 'public' or 'staff'", p.toString());
        assertTrue(p.message(Iran.PERSIAN).startsWith("روشن نیست چه کسی پرونده را آغاز می‌کند"));
    }

    private static Properties texts(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProcessProblem.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aDefinitionWithProblemsIsParsedForTheDesignerButNeverRead() {
        Step decide = new Step("decide", "تصمیم", StepKind.DECISION, "province-staff", null,
                List.of(new Outcome("yes", "بله", "b", null)), null, null, null);
        String json = ProcessDefinitions.write(SeedProcessesTest.definition(decide, SeedProcessesTest.end("b")));
        assertEquals("decide", ProcessDefinitions.parse(json).start(), "the designer reopens it as it was left");
        ProcessDefinitions.UnsoundDefinition refused = org.junit.jupiter.api.Assertions.assertThrows(
                ProcessDefinitions.UnsoundDefinition.class, () -> ProcessDefinitions.read(json));
        assertTrue(refused.problems().get(0).contains("decide"), refused.problems().toString());
        org.junit.jupiter.api.Assertions.assertThrows(ProcessDefinitions.UnsoundDefinition.class,
                () -> ProcessDefinitions.parse("[1, 2]"), "not a definition at all");
    }
}
