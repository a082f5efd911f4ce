package ir.khadamat.catalog.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * §10 is a graph (نمودار ارتباطی): every step has its own id, and every arrow joins two steps of the
 * diagram. Whether every step can be reached is a matter for the reviewer, not a rule of the form.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentDiagram.Validator.class)
public @interface ConsistentDiagram {

    String message() default "{card.diagram.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentDiagram, ProcessDiagram> {
        @Override
        public boolean isValid(ProcessDiagram diagram, ConstraintValidatorContext context) {
            if (diagram == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Set<String> ids = new HashSet<>();
            List<ProcessDiagram.Step> steps = diagram.steps() == null ? List.of() : diagram.steps();
            for (int i = 0; i < steps.size(); i++) {
                ProcessDiagram.Step step = steps.get(i);
                if (step != null && step.id() != null && !ids.add(step.id())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("{card.diagram.step.duplicate}")
                            .addPropertyNode("steps").addPropertyNode("id").inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            List<ProcessDiagram.Edge> edges = diagram.edges() == null ? List.of() : diagram.edges();
            for (int i = 0; i < edges.size(); i++) {
                ProcessDiagram.Edge edge = edges.get(i);
                if (edge == null) {
                    continue;
                }
                for (String end : new String[] {"from", "to"}) {
                    String id = end.equals("from") ? edge.from() : edge.to();
                    if (id != null && !id.isBlank() && !ids.contains(id)) {
                        valid = false;
                        context.buildConstraintViolationWithTemplate("{card.diagram.edge.unknownStep}")
                                .addPropertyNode("edges").addPropertyNode(end).inIterable().atIndex(i)
                                .addConstraintViolation();
                    }
                }
            }
            return valid;
        }
    }
}
