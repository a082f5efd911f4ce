package ir.khadamat.catalog.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * §5 جزییات خدمت.
 *
 * @param recipients          آمار تعداد خدمت گیرندگان: how many people receive the service …
 * @param recipientsPeriod    … per month, season or year (خدمت گیرندگان در: ماه / فصل / سال)
 * @param averageDeliveryTime متوسط مدت زمان ارایه خدمت, as the agency writes it (e.g. «۳ روز کاری»)
 * @param frequency           تواتر
 * @param inPersonVisits      تعداد بار مراجعه حضوری
 * @param fees                هزینه ارایه خدمت (ریال): amounts and bank accounts
 * @param feesPaidElectronically پرداخت بصورت الکترونیک
 */
public record Details(
        @PositiveOrZero(message = "{card.number.negative}") Long recipients,
        Period recipientsPeriod,
        @Size(max = 200, message = "{card.size}") String averageDeliveryTime,
        @Valid Frequency frequency,
        @PositiveOrZero(message = "{card.number.negative}") Integer inPersonVisits,
        @Size(max = 50, message = "{card.size}") List<@NotNull @Valid Fee> fees,
        Boolean feesPaidElectronically) {

    /**
     * تواتر: once for ever (یکبار برای همیشه), or {@code times} times per {@code period} (… بار در ماه/فصل/سال).
     */
    public record Frequency(Boolean onceForever,
                            @PositiveOrZero(message = "{card.number.negative}") Integer times,
                            Period period) {
    }

    /** One fee (مبلغ, in rials) and the bank account it is paid into (شماره حساب). */
    public record Fee(@PositiveOrZero(message = "{card.number.negative}") Long amountRials,
                      @Size(max = 100, message = "{card.size}") String bankAccount) {
    }
}
