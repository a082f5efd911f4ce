package ir.khadamat.runtime.subject;

import ir.khadamat.runtime.cases.CaseData;

/**
 * What a case's data says of the prisoner it is about: the number a step recorded (an admission, or the number an
 * applicant gave), and where a transfer takes them. The names are those of the seed's process definitions.
 */
public final class CaseSubject {

    /** شماره زندانی: a case without a subject is about the prisoner of the number its steps collected. */
    public static final String PRISONER_NUMBER = "prisonerNumber";
    /** The province a transfer takes the prisoner to. */
    public static final String DESTINATION_PROVINCE = "destinationProvince";
    /** The prison a transfer takes the prisoner to: the unit the case goes to with them. */
    public static final String DESTINATION_PRISON = "destinationPrison";

    private CaseSubject() {
    }

    /** The prisoner number the case's steps collected, if any. */
    public static String prisonerNumber(CaseData data) {
        return data.value(PRISONER_NUMBER);
    }

    /** The prison the case's transfer names (null: none, or the province's own office). */
    public static String destinationPrison(CaseData data) {
        return data.value(DESTINATION_PRISON);
    }
}
