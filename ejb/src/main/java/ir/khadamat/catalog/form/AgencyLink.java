package ir.khadamat.catalog.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One row of §8: another agency the service exchanges data with.
 *
 * @param agency          نام دستگاه دیگر, a code of the agency registry
 * @param system          نام سامانه‌های دستگاه دیگر
 * @param exchangedFields فیلدهای مورد تبادل
 * @param feeRials        مبلغ (درصورت پرداخت هزینه)
 * @param mode            استعلام الکترونیکی برخط / دسته‌ای, or غیر الکترونیکی
 * @param nonElectronicBy اگر استعلام غیرالکترونیکی است، استعلام توسط: دستگاه / مراجعه کننده
 */
public record AgencyLink(
        @NotBlank(message = "{card.link.agency.required}") @Size(max = 100, message = "{card.size}") String agency,
        @Size(max = 500, message = "{card.size}") String system,
        @Size(max = 2000, message = "{card.size}") String exchangedFields,
        @PositiveOrZero(message = "{card.number.negative}") Long feeRials,
        LinkMode mode,
        InquiryPerformer nonElectronicBy) {
}
