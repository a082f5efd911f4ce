package ir.khadamat.catalog.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * Each stage of §6 uses only the channels the form offers for it: the production stage internet,
 * intranet, email or other; the other stages anything but intranet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StageChannelsAllowed.Validator.class)
public @interface StageChannelsAllowed {

    String message() default "{card.channel.notOffered}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StageChannelsAllowed, Access> {
        @Override
        public boolean isValid(Access access, ConstraintValidatorContext context) {
            if (access == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (Stage stage : Stage.values()) {
                StageChannel channel = access.stage(stage);
                if (channel != null && channel.channels() != null
                        && !Access.channelsOffered(stage).containsAll(channel.channels())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(stage.name().toLowerCase(Locale.ROOT))
                            .addPropertyNode("channels")
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
