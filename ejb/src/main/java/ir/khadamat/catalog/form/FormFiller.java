package ir.khadamat.catalog.form;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * تکمیل کننده فرم: who filled in the form.
 *
 * @param name  نام و نام خانوادگی
 * @param phone تلفن
 * @param email پست الکترونیک
 * @param unit  واحد مربوط
 */
public record FormFiller(
        @Size(max = 200, message = "{card.size}") String name,
        @Size(max = 30, message = "{card.size}") @Pattern(regexp = "[0-9۰-۹٠-٩+()\\- ]*", message = "{card.phone.pattern}") String phone,
        @Size(max = 200, message = "{card.size}") @Email(message = "{card.email.invalid}") String email,
        @Size(max = 200, message = "{card.size}") String unit) {
}
