package ir.khadamat.persian;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NationalCode} as its ten digits; a row that holds something else reads as no code. */
@Converter(autoApply = true)
public class NationalCodeConverter implements AttributeConverter<NationalCode, String> {

    @Override
    public String convertToDatabaseColumn(NationalCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public NationalCode convertToEntityAttribute(String digits) {
        return digits == null || !digits.matches("[0-9]{10}") ? null : new NationalCode(digits);
    }
}
