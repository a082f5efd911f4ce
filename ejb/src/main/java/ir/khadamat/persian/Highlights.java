package ir.khadamat.persian;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the words of a search are in a text, for marking them as people read it: the text in runs, each found or
 * not. Compared as the search compares ({@link PersianText#normalize}: ي/ك, digits of any script, diacritics) and
 * with spaces and ZWNJ left out, so «حرفه‌آموزی», «حرفه آموزی» and «حرفهآموزی» mark the same word.
 */
public final class Highlights {

    /** A piece of the text, found by the search or not. */
    public record Run(String text, boolean found) {
    }

    /** Shorter words mark too much of a text to help the reader. */
    private static final int SHORTEST = 2;

    private Highlights() {
    }

    /** The text in runs (one unfound run when nothing is found, none for a null or empty text). */
    public static List<Run> of(String text, String query) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        StringBuilder compact = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            String c = PersianText.normalize(String.valueOf(text.charAt(i)));
            if (c.length() == 1) {
                origin[compact.length()] = i;
                compact.append(c);
            }
        }
        boolean[] found = new boolean[text.length()];
        String words = query == null ? "" : PersianText.normalize(query);
        List<String> needles = new ArrayList<>(List.of(words.split(" ")));
        needles.add(words.replace(" ", ""));
        for (String needle : needles) {
            if (needle.length() < SHORTEST) {
                continue;
            }
            for (int at = compact.indexOf(needle); at >= 0; at = compact.indexOf(needle, at + 1)) {
                for (int i = origin[at]; i <= origin[at + needle.length() - 1]; i++) {
                    found[i] = true;
                }
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || found[i] != found[start]) {
                runs.add(new Run(text.substring(start, i), found[start]));
                start = i;
            }
        }
        return runs;
    }
}
