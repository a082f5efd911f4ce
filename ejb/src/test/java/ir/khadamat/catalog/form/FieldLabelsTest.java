package ir.khadamat.catalog.form;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A field's name standing alone and its wording on the printed form, from the one bundle of the form's labels. */
class FieldLabelsTest {

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void aStagesFieldIsNamedAfterTheStage() {
        assertEquals("مرحله تولید خدمت: نوع ارائه", FieldLabels.name("access.production.mode", FA));
        assertEquals("در مرحله درخواست خدمت: رسانه ارتباطی خدمت", FieldLabels.name("access.request.channels", FA));
        assertEquals("Delivery stage: office to visit", FieldLabels.name("access.delivery.officeLevels", Locale.ENGLISH));
        assertNull(FieldLabels.name("access.delivery.noSuchField", FA));
    }

    @Test
    void aGroupsMemberIsNamedAfterTheGroup() {
        assertEquals("تکمیل کننده فرم: تلفن", FieldLabels.name("filler.phone", FA));
        assertEquals("Frequency: once for ever", FieldLabels.name("details.frequency.onceForever", Locale.ENGLISH));
        assertEquals("تکمیل کننده فرم", FieldLabels.name("filler", FA));
    }

    @Test
    void aColumnOfTheRowsOfSection7Or8SaysItsSection() {
        assertEquals("نوع استعلام (بخش ۷)", FieldLabels.name("systemLinks.mode", FA));
        assertEquals("Fields exchanged (section 8)", FieldLabels.name("agencyLinks.exchangedFields", Locale.ENGLISH));
        assertEquals("استعلام", FieldLabels.printed("systemLinks.mode"));
    }

    @Test
    void persianUnlessEnglish() {
        assertEquals(FieldLabels.name("summary", FA), FieldLabels.name("summary", Locale.GERMAN));
        assertEquals("Description", FieldLabels.name("specification.description", Locale.ENGLISH));
        assertNull(FieldLabels.name("no.such.field", FA));
    }

    @Test
    void thePrintoutsWordingWhereTheFormWordsItInPlace() {
        // its own wording
        assertEquals("هزینه ارایه خدمت (ریال) به خدمت گیرندگان", FieldLabels.printed("details.fees"));
        assertEquals("خدمت گیرندگان در", FieldLabels.printed("details.recipientsPeriod"));
        // otherwise the name, or for a member its own label
        assertEquals("شرح خدمت", FieldLabels.printed("specification.description"));
        assertEquals("تلفن", FieldLabels.printed("filler.phone"));
        assertEquals("نوع ارائه", FieldLabels.printed("access.stage.mode"));
        assertThrows(MissingResourceException.class, () -> FieldLabels.printed("no.such.field"));
    }
}
