package ir.khadamat.catalog.form;

/** §8 who makes a non-electronic inquiry: the agency or the applicant. */
public enum InquiryPerformer implements Labelled {
    AGENCY,
    APPLICANT
}
