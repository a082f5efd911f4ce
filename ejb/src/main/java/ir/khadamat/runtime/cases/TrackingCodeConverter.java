package ir.khadamat.runtime.cases;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TrackingCode} as its digits, and reads back whatever a row holds. */
@Converter(autoApply = true)
public class TrackingCodeConverter implements AttributeConverter<TrackingCode, String> {

    @Override
    public String convertToDatabaseColumn(TrackingCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public TrackingCode convertToEntityAttribute(String digits) {
        return digits == null ? null : TrackingCode.stored(digits);
    }
}
