package ir.khadamat.catalog.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database seeded before the step screens spoke English keeps the seed's definitions without their English texts:
 * such a definition takes the seed's again, any other difference is somebody's and stays.
 */
class EnglishTextsTest {

    @Test
    void aStoredDefinitionWithoutTheSeedsEnglishIsTheSeedsButForEnglish() throws IOException {
        String seed = seed("prisoner-admission");
        String persianOnly = seed.replaceAll("\\s*\"(titleEn|labelEn)\"\\s*:\\s*\"[^\"]*\",?", "")
                .replaceAll(",(\\s*[}\\]])", "$1");
        assertTrue(persianOnly.length() < seed.length() && !persianOnly.contains("titleEn"), "the English was taken out");
        ProcessDefinitions.read(persianOnly); // still a sound definition
        assertTrue(ProcessDefinitions.sameButEnglish(persianOnly, seed));
    }

    @Test
    void anyOtherDifferenceIsKept() throws IOException {
        String seed = seed("prisoner-admission");
        assertFalse(ProcessDefinitions.sameButEnglish(seed, seed), "the same: nothing to give");
        String edited = seed.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"مرحله‌ای که کسی دیگر نوشته است\"");
        assertFalse(ProcessDefinitions.sameButEnglish(edited, seed), "a Persian title somebody changed");
        assertFalse(ProcessDefinitions.sameButEnglish("{ not json", seed));
        assertFalse(ProcessDefinitions.sameButEnglish(null, seed));
    }

    private static String seed(String key) throws IOException {
        try (InputStream in = EnglishTextsTest.class.getResourceAsStream("/catalog-data/processes/" + key + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
