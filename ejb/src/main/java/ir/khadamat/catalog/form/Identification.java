package ir.khadamat.catalog.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * §1 عنوان خدمت, §2 شناسه خدمت, §3 ارائه دهنده خدمت.
 *
 * @param title           عنوان خدمت
 * @param serviceId       شناسه خدمت: filled in by the planning organization (سازمان مدیریت و برنامه ریزی کشور)
 *                        when it approves the card; null until then
 * @param executiveAgency نام دستگاه اجرایی, a code of the agency registry
 * @param parentAgency    نام دستگاه مادر, a code of the agency registry
 */
public record Identification(
        @NotBlank(message = "{card.title.required}") @Size(max = 500, message = "{card.size}") String title,
        @Size(max = 50, message = "{card.size}") @Pattern(regexp = "[0-9A-Za-z-]+", message = "{card.serviceId.pattern}") String serviceId,
        @Size(max = 100, message = "{card.size}") String executiveAgency,
        @Size(max = 100, message = "{card.size}") String parentAgency) {
}
