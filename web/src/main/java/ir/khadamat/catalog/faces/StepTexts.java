package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDiagramSvg;
import ir.khadamat.catalog.process.StepKind;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import ir.khadamat.web.UserLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process's step in words, a line for each thing it says (its kind, who acts, each field, outcome and transition,
 * its settings), in the user's language and with no code of the definition in them: what a reviewer reads on the
 * card's page and what the diff between two versions compares.
 */
@Named
@RequestScoped
public class StepTexts {

    @Inject
    private Messages messages;

    @Inject
    private Display show;

    @Inject
    private UserLanguage language;

    /** The lines of step {@code s} of {@code process} (whose steps its transitions name). */
    public List<String> lines(ProcessDefinition process, ProcessDefinition.Step s) {
        Locale locale = language.getLocale();
        List<String> lines = new ArrayList<>();
        if (s == null) {
            return lines;
        }
        lines.add(line("designer.stepTitle", s.title()));
        if (s.titleEn() != null) {
            lines.add(line("designer.stepTitleEn", s.titleEn()));
        }
        lines.add(line("designer.kind", s.kind() == null ? "—" : messages.get("designer.kind." + s.kind().name())));
        if (s.role() != null) {
            lines.add(line("designer.role", messages.get("designer.role." + s.role())));
        }
        if (s.fields() != null) {
            for (ProcessDefinition.Field f : s.fields()) {
                StringBuilder field = new StringBuilder(f.label(locale) == null ? "—" : f.label(locale));
                field.append(" (").append(f.type() == null ? "—" : messages.get("designer.type." + f.type().name()));
                if (f.required()) {
                    field.append(messages.get("list.separator")).append(messages.get("designer.required"));
                }
                field.append(')');
                Map<String, String> options = f.options(locale);
                if (options != null && !options.isEmpty()) {
                    field.append(": ").append(String.join(messages.get("list.separator"), options.values()));
                }
                if (f.help(locale) != null) {
                    field.append(" — ").append(messages.get("designer.help.short")).append(": ").append(f.help(locale));
                }
                lines.add(line("designer.field", field.toString()));
            }
        }
        if (s.outcomes() != null) {
            for (ProcessDefinition.Outcome o : s.outcomes()) {
                lines.add(line("designer.outcome", o.label(locale) + " ← " + title(process, o.to())));
            }
        }
        if (s.next() != null) {
            for (ProcessDefinition.Transition t : s.next()) {
                lines.add(t.when() == null ? line("designer.next", title(process, t.to()))
                        : line("designer.condition.when", condition(process, t) + " ← " + title(process, t.to())));
            }
        }
        settings(process, s, lines);
        return lines;
    }

    private void settings(ProcessDefinition process, ProcessDefinition.Step s, List<String> lines) {
        if (s.kind() == StepKind.PAYMENT) {
            String amount = s.setting("amountRials");
            lines.add(line("designer.amount.short", amount == null || !amount.matches("[0-9]{1,15}")
                    ? messages.get("designer.amount.card") : show.rial(Long.valueOf(amount))));
        }
        if (s.kind() == StepKind.INQUIRY) {
            if (s.setting("partner") != null) {
                lines.add(line("designer.partner", show.partner(s.setting("partner"))));
            }
            if (s.setting("operation") != null) {
                lines.add(line("designer.operation", show.operation(s.setting("operation"))));
            }
            String link = s.setting("link");
            if (link != null && link.startsWith("§7:")) {
                lines.add(line("designer.link", messages.get("designer.link.row").replace("{0}", show.digits(link.substring(3)))));
            } else if (link != null && link.startsWith("§8:")) {
                lines.add(line("designer.link", messages.get("designer.link.agencyRow"))); // the partner's line names it
            }
            String mode = s.setting("mode");
            lines.add(line("designer.mode", mode == null || !mode.matches("online|batch|letter")
                    ? messages.get("designer.mode.card") : messages.get("designer.mode." + mode)));
        }
        if (s.kind() == StepKind.NOTIFICATION && s.setting("message") != null) {
            lines.add(line("designer.message", placeholders(process, s.setting("message"))));
        }
        if (s.kind() == StepKind.OUTPUT && s.setting("title") != null) {
            lines.add(line("designer.document", s.setting("title")));
        }
    }

    /**
     * A message's placeholders ({@code {trackingCode}}, a field's name) by what they stand for, in guillemets: what
     * the notification step fills in (runtime.steps.NotificationStep).
     */
    private String placeholders(ProcessDefinition process, String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String key = "designer.placeholder." + name;
            String label = messages.get(key);
            if (label.equals(key)) {
                label = fieldLabel(process, name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("«" + label + "»"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** A field's label by its name, from the first step that has it; "…" when none does. */
    private String fieldLabel(ProcessDefinition process, String name) {
        return process.field(name).map(f -> f.label(language.getLocale())).orElse("…");
    }

    /** The diagram's words for {@code process}, in the user's language. */
    public ProcessDiagramSvg.Words diagramWords(ProcessDefinition process) {
        Locale locale = language.getLocale();
        return new ProcessDiagramSvg.Words() {
            @Override
            public String title(ProcessDefinition.Step step) {
                String title = step.title(locale);
                return title == null ? "—" : title;
            }

            @Override
            public String kind(StepKind kind) {
                return messages.get("designer.kind." + kind.name());
            }

            @Override
            public String outcome(ProcessDefinition.Outcome outcome) {
                String label = outcome.label(locale);
                return label == null ? "—" : label;
            }

            @Override
            public String condition(ProcessDefinition.Transition transition) {
                return StepTexts.this.condition(process, transition);
            }
        };
    }

    /** "field equals value", the field by its label and a choice by its option's label. */
    private String condition(ProcessDefinition process, ProcessDefinition.Transition t) {
        Locale locale = language.getLocale();
        String field;
        String value = t.equals();
        if ("outcome".equals(t.when())) {
            field = messages.get("designer.condition.outcome");
            value = process.steps().stream().filter(s -> s.outcomes() != null).flatMap(s -> s.outcomes().stream())
                    .filter(o -> o.name() != null && o.name().equals(t.equals())).findFirst()
                    .map(o -> o.label(locale)).orElse(value);
        } else {
            var named = process.field(t.when());
            field = named.map(f -> f.label(locale)).orElse("…");
            Map<String, String> options = named.map(f -> f.options(locale)).orElse(null);
            if (options != null && options.containsKey(t.equals())) {
                value = options.get(t.equals());
            } else if (named.isPresent() && ("true".equals(t.equals()) || "false".equals(t.equals()))) {
                value = messages.get("true".equals(t.equals()) ? "yes" : "no");
            }
        }
        return field + " " + messages.get("designer.condition.equals") + " «" + value + "»";
    }

    /** A step's title by its id, in the user's language. */
    public String title(ProcessDefinition process, String stepId) {
        return process.step(String.valueOf(stepId)).map(s -> s.title(language.getLocale())).orElse("—");
    }

    /** A setting of the definition (who starts a case, what it is about, where it starts) in words. */
    public String setting(ProcessDefinition process, String name, String value) {
        if (value == null) {
            return "—";
        }
        return switch (name) {
            case "applicant" -> messages.get("designer.applicant." + value);
            case "subject" -> messages.get("designer.subject." + value);
            case "start" -> title(process, value);
            default -> value;
        };
    }

    private String line(String key, String value) {
        return messages.get(key) + ": " + (value == null || value.isBlank() ? "—" : value);
    }
}
