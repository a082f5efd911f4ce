package ir.khadamat.catalog;

/** Where a card stands in its life, from the provincial admin's draft to publication. */
public enum CardStatus {
    DRAFT("پیش‌نویس", "Draft"),
    SUBMITTED("ارسال‌شده برای بررسی", "Submitted"),
    CHANGES_REQUESTED("نیازمند اصلاح", "Changes requested"),
    APPROVED("تأییدشده", "Approved"),
    PUBLISHED("منتشرشده", "Published"),
    /** A published version that a newer published version replaced; kept, and readable, for ever. */
    SUPERSEDED("جایگزین‌شده", "Superseded");

    private final String persianLabel;
    private final String englishLabel;

    CardStatus(String persianLabel, String englishLabel) {
        this.persianLabel = persianLabel;
        this.englishLabel = englishLabel;
    }

    /** Whether the card's content can be changed in this state (by its province's admin or headquarters). */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public String persianLabel() {
        return persianLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
