package ir.khadamat.catalog;

/** Where a card stands in its life, from the provincial admin's draft to publication. */
public enum CardStatus {
    DRAFT("پیش‌نویس", "Draft"),
    SUBMITTED("ارسال‌شده برای بررسی", "Submitted"),
    CHANGES_REQUESTED("نیازمند اصلاح", "Changes requested"),
    APPROVED("تأییدشده", "Approved"),
    PUBLISHED("منتشرشده", "Published");

    private final String persianLabel;
    private final String englishLabel;

    CardStatus(String persianLabel, String englishLabel) {
        this.persianLabel = persianLabel;
        this.englishLabel = englishLabel;
    }

    public String persianLabel() {
        return persianLabel;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
