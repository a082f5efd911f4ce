package ir.khadamat.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ServiceId} as its 11 digits; a row that holds something else reads as no ID. */
@Converter(autoApply = true)
public class ServiceIdConverter implements AttributeConverter<ServiceId, String> {

    @Override
    public String convertToDatabaseColumn(ServiceId id) {
        return id == null ? null : id.value();
    }

    @Override
    public ServiceId convertToEntityAttribute(String digits) {
        return digits == null ? null : ServiceId.parse(digits).orElse(null);
    }
}
