package ir.khadamat.integration.simulated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The Technical and Vocational Training Organization's database (بانک اطلاعاتی سازمان فنی و حرفه‌ای): a course
 * with its instructor and participants registered, and grades reported for its certificate.
 */
public class VocationalTrainingSimulation implements SimulatedPartner {

    private static final String[] COURSES = {"جوشکاری برق", "خیاطی", "نجاری", "تعمیر تلفن همراه", "رایانه کار ICDL", "قالی‌بافی"};
    private static final String[] INSTRUCTORS = {"محمد احمدی", "زهرا کریمی", "علی رضایی", "مریم حسینی"};

    @Override
    public Set<String> codes() {
        return Set.of("tvto");
    }

    @Override
    public Optional<Map<String, String>> answer(String operation, Map<String, String> request, Random random) {
        Map<String, String> a = new LinkedHashMap<>();
        switch (operation) {
            case "course-registration" -> {
                a.put("courseCode", "TV-" + (1000 + random.nextInt(9000)));
                a.put("courseName", SimulatedPartner.firstOf(request, "courseName") != null
                        ? request.get("courseName") : COURSES[random.nextInt(COURSES.length)]);
                a.put("instructor", INSTRUCTORS[random.nextInt(INSTRUCTORS.length)]);
                a.put("participants", String.valueOf(8 + random.nextInt(22)));
                a.put("registered", "true");
            }
            case "grade-report" -> {
                a.put("gradeRecorded", "true");
                a.put("certificateNumber", "TVTO-" + (10_000_000 + random.nextInt(90_000_000)));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(a);
    }
}
