package ir.khadamat.catalog.process;

/** The reusable kinds of step a process is made of; each is one piece of the runtime. */
public enum StepKind {
    /** فرم: typed fields a person fills in. */
    FORM,
    /** مدارک: the card's §4 required documents, as a checklist with uploads. */
    DOCUMENTS,
    /** نوبت: a slot from a unit's weekly capacity, held while the applicant finishes. */
    APPOINTMENT,
    /** پرداخت: the card's §5 fee through the payment gateway. */
    PAYMENT,
    /** استعلام: a §7/§8 link executed through its adapter. */
    INQUIRY,
    /** تصمیم: a person chooses an outcome, which chooses the next step. */
    DECISION,
    /** خروجی: an issued document (certificate, letter, visit card) with a public verification code. */
    OUTPUT,
    /** اطلاع‌رسانی: an SMS or email to the applicant. */
    NOTIFICATION,
    /** پایان: the case ends here, with this step's result. */
    END
}
