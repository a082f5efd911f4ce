package ir.khadamat.catalog.process;

import ir.khadamat.markup.Markup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The card's §10 diagram drawn from its process definition, as SVG: one box a step, top to bottom in the
 * definition's order, labelled right to left; an arrow to the next box runs straight down, any other arrow along
 * the left side, labelled with its outcome or condition. Kinds are told apart by colour, and named in the corner of
 * each box. Every word in it comes from {@link Words}, in the reader's language: the definition's own codes (a kind,
 * a field's name) are never shown. A definition still with problems (a draft's) is drawn as far as it goes.
 */
public final class ProcessDiagramSvg {

    private static final int WIDTH = 560;
    private static final int BOX_W = 320;
    private static final int BOX_H = 40;
    private static final int GAP = 28;
    private static final Map<StepKind, String> FILL = Map.of(StepKind.FORM, "#e3f1ed", StepKind.DOCUMENTS, "#e8eefc",
            StepKind.APPOINTMENT, "#fdf0dc", StepKind.PAYMENT, "#fde8e8", StepKind.INQUIRY, "#efe8fb",
            StepKind.DECISION, "#fff6d6", StepKind.OUTPUT, "#e6f4fb", StepKind.NOTIFICATION, "#eef6e4", StepKind.END, "#eeeeee");

    private ProcessDiagramSvg() {
    }

    /** What the diagram calls things, in the reader's language. */
    public interface Words {
        /** A step's title. */
        String title(ProcessDefinition.Step step);

        /** A kind's name. */
        String kind(StepKind kind);

        /** An outcome's label. */
        String outcome(ProcessDefinition.Outcome outcome);

        /** A conditional transition's condition ("field equals value"). */
        String condition(ProcessDefinition.Transition transition);
    }

    public static String render(ProcessDefinition process, Words words) {
        List<ProcessDefinition.Step> steps = process.steps();
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            row.put(steps.get(i).id(), i);
        }
        int height = steps.size() * (BOX_H + GAP) + GAP;
        int x = WIDTH - BOX_W - 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\"><defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#5f6b7a\"/></marker></defs>");
        // the text alternative a screen reader reads: the steps' titles in their order
        svg.append("<title>").append(Markup.escape(String.join(" ← ",
                steps.stream().map(words::title).toList()))).append("</title>");
        int lane = 0;
        for (int i = 0; i < steps.size(); i++) {
            ProcessDefinition.Step s = steps.get(i);
            int y = GAP + i * (BOX_H + GAP);
            for (Edge e : edges(s, words)) {
                Integer to = row.get(e.to());
                if (to == null) {
                    continue;
                }
                int ty = GAP + to * (BOX_H + GAP);
                if (to == i + 1) {
                    svg.append(line(x + BOX_W / 2, y + BOX_H, x + BOX_W / 2, ty));
                    if (e.label() != null) {
                        svg.append(text(x + BOX_W / 2 - 6, y + BOX_H + GAP / 2 + 4, e.label(), true, 10));
                    }
                } else {
                    int side = x - 14 - 10 * (lane++ % 6);
                    svg.append("<path d=\"M").append(x).append(',').append(y + BOX_H / 2).append(" H").append(side).append(" V")
                            .append(ty + BOX_H / 2).append(" H").append(x - 2)
                            .append("\" fill=\"none\" stroke=\"#5f6b7a\" marker-end=\"url(#arrow)\"/>");
                    if (e.label() != null) {
                        svg.append(text(side - 4, y + BOX_H / 2 - 4, e.label(), true, 10));
                    }
                }
            }
            String fill = FILL.getOrDefault(s.kind(), "#ffffff");
            svg.append("<g class=\"step\" data-step=\"").append(Markup.escape(s.id())).append("\"><rect x=\"").append(x).append("\" y=\"")
                    .append(y).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"")
                    .append(s.kind() == StepKind.END ? 20 : 6).append("\" fill=\"").append(fill).append("\" stroke=\"#0b5c4b\"/>")
                    .append(text(x + BOX_W - 10, y + 25, words.title(s), true, 13))
                    .append(text(x + 8, y + 25, s.kind() == null ? "" : words.kind(s.kind()), false, 9))
                    .append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private record Edge(String to, String label) {
    }

    private static List<Edge> edges(ProcessDefinition.Step s, Words words) {
        if (s.kind() == StepKind.DECISION && s.outcomes() != null) {
            return s.outcomes().stream().map(o -> new Edge(o.to(), words.outcome(o))).toList();
        }
        return s.next() == null ? List.of() : s.next().stream()
                .map(t -> new Edge(t.to(), t.when() == null ? null : words.condition(t))).toList();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + (y2 - 2)
                + "\" stroke=\"#5f6b7a\" marker-end=\"url(#arrow)\"/>";
    }

    /** A label starting at x: a right-to-left one runs leftwards from there, a left-to-right one rightwards. */
    private static String text(int x, int y, String text, boolean rtl, int size) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"start\" font-size=\"" + size
                + "\" direction=\"" + (rtl ? "rtl" : "ltr") + "\" unicode-bidi=\"embed\">" + Markup.escape(text) + "</text>";
    }
}
