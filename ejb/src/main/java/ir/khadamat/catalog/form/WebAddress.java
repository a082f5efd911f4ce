package ir.khadamat.catalog.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The annotated text is a web address a person can follow safely: {@code http://} or {@code https://}, a host, no
 * user name in it, no spaces. {@code javascript:}, {@code data:}, {@code file:} and addresses without a scheme are
 * refused (they would be links on the card's page and in its exports). Null (unknown) and blank are valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WebAddress.Validator.class)
public @interface WebAddress {

    String message() default "{card.url.scheme}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return valid(value);
        }

        /** Whether the text is an http(s) address with a host (null and blank count as valid: nothing is said). */
        public static boolean valid(String value) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String text = value.strip();
            if (text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                return false;
            }
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()
                        && uri.getRawUserInfo() == null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
