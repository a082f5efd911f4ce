package ir.khadamat.catalog.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One row of §7: another system (database) of the same agency the service exchanges data with.
 *
 * @param system          نام سامانه‌های دیگر
 * @param exchangedFields فیلدهای مورد تبادل
 * @param mode            استعلام الکترونیکی برخط / دسته‌ای, or غیر الکترونیکی
 */
public record SystemLink(
        @NotBlank(message = "{card.link.system.required}") @Size(max = 500, message = "{card.size}") String system,
        @Size(max = 2000, message = "{card.size}") String exchangedFields,
        LinkMode mode) {
}
