package ir.khadamat.catalog.form;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * §4 مشخصات خدمت.
 *
 * @param description       شرح خدمت
 * @param serviceTypes      نوع خدمت
 * @param audience          نوع مخاطبین
 * @param nature            ماهیت خدمت
 * @param levels            سطح خدمت
 * @param relatedEvents     رویداد مرتبط با
 * @param startTriggers     نحوه آغاز خدمت
 * @param startTriggerOther the text of «سایر» in نحوه آغاز خدمت
 * @param requiredDocuments مدارک لازم برای انجام خدمت
 * @param legalBasis        قوانین و مقررات بالادستی
 */
public record Specification(
        @Size(max = 4000, message = "{card.size}") String description,
        Set<@NotNull ServiceType> serviceTypes,
        @Size(max = 2000, message = "{card.size}") String audience,
        ServiceNature nature,
        Set<@NotNull ServiceLevel> levels,
        Set<@NotNull LifeEvent> relatedEvents,
        Set<@NotNull StartTrigger> startTriggers,
        @Size(max = 500, message = "{card.size}") String startTriggerOther,
        @Size(max = 100, message = "{card.size}") List<@NotBlank(message = "{card.item.blank}") @Size(max = 1000, message = "{card.size}") String> requiredDocuments,
        @Size(max = 100, message = "{card.size}") List<@NotBlank(message = "{card.item.blank}") @Size(max = 1000, message = "{card.size}") String> legalBasis) {

    public Specification {
        serviceTypes = ChoiceSets.inFormOrder(serviceTypes, ServiceType.class);
        levels = ChoiceSets.inFormOrder(levels, ServiceLevel.class);
        relatedEvents = ChoiceSets.inFormOrder(relatedEvents, LifeEvent.class);
        startTriggers = ChoiceSets.inFormOrder(startTriggers, StartTrigger.class);
    }
}
