package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.runtime.cases.CaseData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What an issued document other than a visit card prints of its case: what was recorded, not staff's notes. */
class IssuedDocumentLinesTest {

    @Test
    void anAnswerLetterPrintsTheRequestAndTheAnswerButNoNoteMobileOrFile() {
        ProcessDefinition p = process("prisoner-judicial-services");
        CaseData data = CaseData.read("{}")
                .put("request", Map.of("requesterNationalCode", "0012345679", "requesterName", "مریم احمدی",
                        "mobile", "09121234567", "prisonerNumber", "T-4455", "description", "درخواست رونوشت حکم"))
                .put("documents", Map.of("idCard", "uploaded"))
                .put("identity-check", Map.of("outcome", "confirmed", "note", "یادداشت داخلی کارمند"))
                .put("answer-route", Map.of("outcome", "answer", "answer", "رونوشت حکم پیوست است."));
        StepRun run = new StepRun(null, p, p.step("answer-letter").orElseThrow(), data, null, "خدمات قضایی", "system");
        Map<String, String> lines = OutputStep.labelledValues(run);
        assertEquals("مریم احمدی", lines.get("نام و نام خانوادگی متقاضی"));
        assertEquals("درخواست رونوشت حکم", lines.get("شرح درخواست"));
        assertEquals("رونوشت حکم پیوست است.", lines.get("متن پاسخ یا نامه"), "the text the decision carries is printed");
        assertFalse(lines.containsKey("توضیحات") || lines.containsValue("یادداشت داخلی کارمند"), "no staff note: " + lines);
        assertFalse(lines.containsKey("تلفن همراه") || lines.containsValue("uploaded"), "no mobile, no file: " + lines);
    }

    static ProcessDefinition process(String key) {
        try (InputStream in = IssuedDocumentLinesTest.class.getResourceAsStream("/catalog-data/processes/" + key + ".json")) {
            return ProcessDefinitions.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
