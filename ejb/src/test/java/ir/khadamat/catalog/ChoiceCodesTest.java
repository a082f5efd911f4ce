package ir.khadamat.catalog;

import ir.khadamat.catalog.form.ServiceType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChoiceCodesTest {

    @Test
    void unknownNoneAndValuesStayDistinct() {
        assertNull(ChoiceCodes.encode(null));
        assertEquals(",", ChoiceCodes.encode(Set.of()));
        assertEquals(",G2B,G2C,", ChoiceCodes.encode(EnumSet.of(ServiceType.G2C, ServiceType.G2B)));
        assertEquals(",G2C,", ChoiceCodes.token("G2C"));
    }
}
