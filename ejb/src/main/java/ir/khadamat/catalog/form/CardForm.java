package ir.khadamat.catalog.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A whole service identity card (شناسنامه خدمت): the one-line summary the agency puts above the form,
 * and the form's sections in their order.
 *
 * @param formatVersion    version of this document format ({@link #FORMAT_VERSION})
 * @param key              stable key of the card, lower-case ascii words joined by hyphens
 * @param summary          the service's purpose in one line, written above the form
 * @param identification   §1–§3
 * @param specification    §4 مشخصات خدمت
 * @param details          §5 جزییات خدمت
 * @param access           §6 نحوه دسترسی به خدمت
 * @param systemLinks      §7 ارتباط خدمت با سایر سامانه‌ها (بانک‌های اطلاعاتی) در دستگاه
 * @param agencyLinks      §8 ارتباط خدمت با سایر دستگاه‌ها
 * @param processTitles    §9 عناوین فرایندهای خدمت
 * @param processDiagram   §10 نمودار ارتباطی فرایندهای خدمت
 * @param filler           تکمیل کننده فرم
 */
public record CardForm(
        @Min(value = 1, message = "{card.formatVersion.unsupported}") @Max(value = FORMAT_VERSION, message = "{card.formatVersion.unsupported}")
        int formatVersion,
        @NotBlank(message = "{card.key.required}") @Size(max = 100, message = "{card.size}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{card.key.pattern}")
        String key,
        @Size(max = 2000, message = "{card.size}") String summary,
        @NotNull(message = "{card.identification.required}") @Valid Identification identification,
        @Valid Specification specification,
        @Valid Details details,
        @Valid Access access,
        @Size(max = 100, message = "{card.size}") List<@NotNull @Valid SystemLink> systemLinks,
        @Size(max = 100, message = "{card.size}") List<@NotNull @Valid AgencyLink> agencyLinks,
        @Size(max = 100, message = "{card.size}") List<@NotBlank(message = "{card.item.blank}") @Size(max = 500, message = "{card.size}") String> processTitles,
        @Valid ProcessDiagram processDiagram,
        @Valid FormFiller filler) {

    public static final int FORMAT_VERSION = 1;
}
