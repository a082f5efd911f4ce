package ir.khadamat.catalog.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * §10 نمودار ارتباطی فرایندهای خدمت: the process steps and the arrows between them.
 */
public record ProcessDiagram(
        @Size(max = 200, message = "{card.size}") List<@NotNull @Valid Step> steps,
        @Size(max = 500, message = "{card.size}") List<@NotNull @Valid Edge> edges) {

    /** A box of the diagram. */
    public record Step(@NotBlank(message = "{card.diagram.step.id}") @Size(max = 50, message = "{card.size}") String id,
                       @NotBlank(message = "{card.title.required}") @Size(max = 500, message = "{card.size}") String title) {
    }

    /** An arrow from one step to another, by their ids. */
    public record Edge(@NotBlank(message = "{card.diagram.edge}") String from,
                       @NotBlank(message = "{card.diagram.edge}") String to) {
    }
}
