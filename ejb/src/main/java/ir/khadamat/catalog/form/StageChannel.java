package ir.khadamat.catalog.form;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * How one stage of §6 is delivered: electronically, through which channels; or not, and why the person
 * must come in person and to which level of office.
 *
 * @param mode                       نوع ارائه: الکترونیکی / غیرالکترونیکی
 * @param channels                   the electronic channels ticked
 * @param otherChannel               سایر (باذکر نحوه دسترسی)
 * @param counterOfficeContractNumber شماره قرارداد واگذاری خدمات به دفاتر پیشخوان
 * @param counterOfficeSimilarTitles عناوین مشابه دفاتر پیشخوان
 * @param presenceReasons            ذکر ضرورت مراجعه حضوری
 * @param presenceReasonNote         the reason in the filler's words (the production stage has only this)
 * @param officeLevels               مراجعه به دستگاه: ملی / استانی / شهرستانی
 */
public record StageChannel(
        DeliveryMode mode,
        Set<@NotNull ElectronicChannel> channels,
        @Size(max = 500, message = "{card.size}") String otherChannel,
        @Size(max = 100, message = "{card.size}") String counterOfficeContractNumber,
        @Size(max = 500, message = "{card.size}") String counterOfficeSimilarTitles,
        Set<@NotNull PresenceReason> presenceReasons,
        @Size(max = 1000, message = "{card.size}") String presenceReasonNote,
        Set<@NotNull OfficeLevel> officeLevels) {

    public StageChannel {
        channels = ChoiceSets.inFormOrder(channels, ElectronicChannel.class);
        presenceReasons = ChoiceSets.inFormOrder(presenceReasons, PresenceReason.class);
        officeLevels = ChoiceSets.inFormOrder(officeLevels, OfficeLevel.class);
    }
}
