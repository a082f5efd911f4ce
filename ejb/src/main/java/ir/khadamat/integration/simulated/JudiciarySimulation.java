package ir.khadamat.integration.simulated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The judiciary's case-management system (سامانه مدیریت پرونده‌ها / CMS) and the organization's own prisoners'
 * judicial system (سیستم قضایی زندانیان, §7): a prisoner's judicial record, eligibility for work, leave or
 * conditional release, the status of a case, and the identity, conviction and place of custody the prisons keep.
 */
public class JudiciarySimulation implements SimulatedPartner {

    private static final String[] CHARGES = {"سرقت", "کلاهبرداری", "صدور چک بلامحل", "ضرب و جرح", "مواد مخدر", "دیه"};
    private static final String[] CASE_STATES = {"در حال رسیدگی", "صدور رأی بدوی", "محکوم قطعی", "در مرحله اجرای احکام"};

    @Override
    public Set<String> codes() {
        return Set.of("judiciary-cms", "prisoners-judicial-system");
    }

    @Override
    public Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random) {
        Map<String, String> a = new LinkedHashMap<>();
        switch (operation) {
            case "judicial-record", "case-status", "identity-and-judicial-record", "record-and-sentence" -> {
                a.put("caseNumber", "14" + String.format("%08d", random.nextInt(100_000_000)));
                a.put("court", "شعبه " + (1 + random.nextInt(120)) + " دادگاه کیفری دو");
                a.put("charge", CHARGES[random.nextInt(CHARGES.length)]);
                a.put("caseState", CASE_STATES[random.nextInt(CASE_STATES.length)]);
                a.put("sentenceMonths", String.valueOf(3 + random.nextInt(120)));
            }
            case "eligibility", "work-eligibility", "leave-eligibility", "conditional-release" -> {
                boolean eligible = random.nextInt(7) != 0;
                a.put("eligible", String.valueOf(eligible));
                a.put("eligibleFor", switch (operation) {
                    case "work-eligibility" -> "اشتغال";
                    case "leave-eligibility" -> "مرخصی";
                    case "conditional-release" -> "آزادی مشروط";
                    default -> "انتقال";
                });
                if (!eligible) {
                    a.put("reason", "پرونده در جریان رسیدگی است");
                }
            }
            case "identity-record", "record-and-custody" -> {
                a.put("identityConfirmed", "true");
                a.put("prisonerFile", "P-" + (100_000 + random.nextInt(900_000)));
                if (operation.equals("record-and-custody")) {
                    a.put("custody", "بند " + (1 + random.nextInt(12)));
                    a.put("securityLevel", random.nextBoolean() ? "عادی" : "ویژه");
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(a);
    }
}
