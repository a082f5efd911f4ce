package ir.khadamat.catalog.faces;

import java.util.List;

/** The card editor's steps ({@link CardEditor}): the sections of annex 1, with the form's paths each one covers. */
public enum EditorSection {
    IDENTIFICATION("identification", "key", "summary", "identification"),
    SPECIFICATION("specification", "specification"),
    DETAILS("details", "details"),
    ACCESS("access", "access"),
    SYSTEM_LINKS("systemLinks", "systemLinks"),
    AGENCY_LINKS("agencyLinks", "agencyLinks"),
    PROCESS("processTitles", "processTitles", "processDiagram"),
    FILLER("filler", "filler");

    /** The key of its title among the form's labels (FieldLabels): the section's own name in annex 1. */
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
