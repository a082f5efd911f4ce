package ir.khadamat.catalog.faces;

import java.util.List;

/** The card editor's steps ({@link CardEditor}): the sections of annex 1, with the form's paths each one covers. */
public enum EditorSection {
    IDENTIFICATION("s1", "key", "summary", "identification"),
    SPECIFICATION("s4", "specification"),
    DETAILS("s5", "details"),
    ACCESS("s6", "access"),
    SYSTEM_LINKS("s7", "systemLinks"),
    AGENCY_LINKS("s8", "agencyLinks"),
    PROCESS("s9", "processTitles", "processDiagram"),
    FILLER("filler", "filler");

    private final String title;
    private final List<String> paths;

    EditorSection(String title, String... paths) {
        this.title = title;
        this.paths = List.of(paths);
    }

    public String getTitle() {
        return title;
    }

    /** The top-level parts of the form this section writes (the key only while the card is new). */
    List<String> parts(boolean created) {
        return paths.stream().filter(p -> !p.contains(".") && !(created && "key".equals(p))).toList();
    }

    boolean covers(String field) {
        return paths.stream().anyMatch(p -> field.equals(p) || field.startsWith(p + ".") || field.startsWith(p + "["));
    }
}
