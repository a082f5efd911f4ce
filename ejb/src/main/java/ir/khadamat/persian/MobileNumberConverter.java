package ir.khadamat.persian;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MobileNumber} as {@code 09xxxxxxxxx}; a row that holds something else reads as no number. */
@Converter(autoApply = true)
public class MobileNumberConverter implements AttributeConverter<MobileNumber, String> {

    @Override
    public String convertToDatabaseColumn(MobileNumber mobile) {
        return mobile == null ? null : mobile.value();
    }

    @Override
    public MobileNumber convertToEntityAttribute(String digits) {
        return digits == null ? null : MobileNumber.parse(digits).orElse(null);
    }
}
