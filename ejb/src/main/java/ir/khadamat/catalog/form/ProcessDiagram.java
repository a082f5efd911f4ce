package ir.khadamat.catalog.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * §10 نمودار ارتباطی فرایندهای خدمت: the process steps (boxes) and the arrows between them. A diagram
 * the seed gives as a list of steps is a chain: one arrow from each step to the next, in the seed's order.
 *
 * @param steps the boxes, each with an id unique in the diagram
 * @param edges the arrows, from one step to another by their ids
 */
@ConsistentDiagram
public record ProcessDiagram(
        @Size(max = 200, message = "{card.size}") List<@NotNull @Valid Step> steps,
        @Size(max = 500, message = "{card.size}") List<@NotNull @Valid Edge> edges) {

    /** A box of the diagram (مرحله): an id, and the title the form gives it. */
    public record Step(@NotBlank(message = "{card.diagram.step.id}") @Size(max = 50, message = "{card.size}") String id,
                       @NotBlank(message = "{card.diagram.step.title}") @Size(max = 500, message = "{card.size}") String title) {
    }

    /** An arrow (پیکان) from one step to another, by their ids. */
    public record Edge(@NotBlank(message = "{card.diagram.edge}") String from,
                       @NotBlank(message = "{card.diagram.edge}") String to) {
    }
}
