package ir.khadamat.catalog.process;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagram drawn from each seed process: well-formed SVG with one box per step, labelled with its title. */
class ProcessDiagramSvgTest {

    @Test
    void everySeedProcessIsDrawnWithABoxPerStep() throws Exception {
        for (String key : new String[]{"prisoner-education", "prisoner-employment", "prisoner-support", "prisoner-transfer",
                "prisoner-visits", "prisoner-admission", "prisoner-judicial-services"}) {
            ProcessDefinition process = ProcessDefinitions.read(resource("/catalog-data/processes/" + key + ".json"));
            String svg = ProcessDiagramSvg.render(process, words(process));
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getNodeName());
            assertEquals(process.steps().size(), doc.getElementsByTagName("rect").getLength(), key);
            for (ProcessDefinition.Step step : process.steps()) {
                assertTrue(svg.contains(">" + step.title().replace("&", "&amp;") + "<"), key + ": " + step.title());
            }
            // no code of the definition in what a reader sees: no kind's code, no field's name
            String words = doc.getDocumentElement().getTextContent();
            assertFalse(words.matches("(?s).*\\b(form|decision|inquiry|end|FORM|DECISION)\\b.*"), key + ": " + words);
            for (ProcessDefinition.Step step : process.steps()) {
                if (step.fields() != null) {
                    step.fields().stream().filter(f -> f.name().length() > 3).forEach(f ->
                            assertFalse(words.contains(f.name()), key + ": " + f.name() + " in " + words));
                }
            }
            Path out = Path.of("target", "diagrams");
            Files.createDirectories(out);
            Files.writeString(out.resolve(key + ".svg"), svg);
        }
    }

    @Test
    void aDraftWithProblemsIsDrawnAsFarAsItGoes() {
        ProcessDefinition.Step ask = new ProcessDefinition.Step("ask", null, StepKind.FORM, "province-staff", null, null,
                java.util.List.of(new ProcessDefinition.Transition("nowhere", null, null)), null, null);
        ProcessDefinition draft = new ProcessDefinition(1, "card", "ask", "staff", "person", java.util.List.of(ask));
        String svg = ProcessDiagramSvg.render(draft, words(draft));
        assertTrue(svg.contains("data-step=\"ask\"") && svg.contains(">—<") && svg.contains(">فرم<"), svg);
    }

    /** Words as the web layer gives them: a kind's Persian name, a condition by its field's label and option's. */
    private static ProcessDiagramSvg.Words words(ProcessDefinition process) {
        return new ProcessDiagramSvg.Words() {
            @Override
            public String title(ProcessDefinition.Step step) {
                return step.title() == null ? "—" : step.title();
            }

            @Override
            public String kind(StepKind kind) {
                return kind == StepKind.FORM ? "فرم" : "مرحله";
            }

            @Override
            public String outcome(ProcessDefinition.Outcome outcome) {
                return outcome.label();
            }

            @Override
            public String condition(ProcessDefinition.Transition t) {
                var field = process.field(t.when());
                return field.map(ProcessDefinition.Field::label).orElse("نتیجه") + " = "
                        + field.map(ProcessDefinition.Field::options).map(o -> o.get(t.equals())).orElse("…");
            }
        };
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = ProcessDiagramSvgTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
