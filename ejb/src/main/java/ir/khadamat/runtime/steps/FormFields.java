package ir.khadamat.runtime.steps;

import ir.khadamat.catalog.process.FieldType;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.persian.JalaliDate;
import ir.khadamat.persian.MobileNumber;
import ir.khadamat.persian.NationalCode;
import ir.khadamat.persian.PersianDigits;
import ir.khadamat.persian.PersianText;
import ir.khadamat.runtime.cases.InvalidStepInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks and normalises what a person typed into a step's typed fields: digits to ASCII, Arabic ي/ك to Persian,
 * dates as Jalali, national codes by their check digit, mobiles as 09xxxxxxxxx, amounts without grouping.
 */
public final class FormFields {

    private FormFields() {
    }

    /** @throws InvalidStepInput naming every field at fault */
    public static Map<String, String> check(List<ProcessDefinition.Field> fields, Map<String, String> input,
                                            Predicate<String> fileUploaded) {
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        Map<String, String> values = new LinkedHashMap<>();
        List<ProcessDefinition.Field> all = fields == null ? List.of() : fields;
        for (String name : input.keySet()) {
            if (!"outcome".equals(name) && all.stream().noneMatch(f -> f.name().equals(name))) {
                problems.add(name, "runtime.field.unknown");
            }
        }
        for (ProcessDefinition.Field f : all) {
            String raw = input.get(f.name());
            String v = raw == null || raw.isBlank() ? null : raw.strip();
            if (v == null) {
                if (f.type() == FieldType.FILE && fileUploaded.test(f.name())) {
                    values.put(f.name(), "uploaded");
                } else if (f.required()) {
                    problems.add(f.name(), f.type() == FieldType.FILE
                            ? "runtime.field.file" : "runtime.field.required");
                }
                continue;
            }
            switch (f.type()) {
                case TEXT -> values.put(f.name(), PersianText.canonicalize(v));
                case NUMBER, AMOUNT_RIALS -> {
                    String digits = PersianDigits.toAscii(v).replaceAll("[,٬،\\s]", "");
                    if (digits.matches("[0-9]{1,15}")) {
                        values.put(f.name(), String.valueOf(Long.parseLong(digits)));
                    } else {
                        problems.add(f.name(), "runtime.field.number");
                    }
                }
                case JALALI_DATE -> {
                    try {
                        values.put(f.name(), JalaliDate.parse(PersianDigits.toAscii(v)).formatAscii());
                    } catch (RuntimeException e) {
                        problems.add(f.name(), "runtime.field.date");
                    }
                }
                case CHOICE -> {
                    if (f.options() != null && f.options().containsKey(v)) {
                        values.put(f.name(), v);
                    } else {
                        problems.add(f.name(), "runtime.field.choice");
                    }
                }
                case NATIONAL_CODE -> {
                    NationalCode code = NationalCode.parse(v).orElse(null);
                    if (code != null) {
                        values.put(f.name(), code.value());
                    } else {
                        problems.add(f.name(), "runtime.field.nationalCode");
                    }
                }
                case MOBILE -> {
                    MobileNumber mobile = MobileNumber.parse(v).orElse(null);
                    if (mobile != null) {
                        values.put(f.name(), mobile.value());
                    } else {
                        problems.add(f.name(), "runtime.field.mobile");
                    }
                }
                case BOOLEAN -> {
                    if (v.equals("true") || v.equals("false")) {
                        values.put(f.name(), v);
                    } else {
                        problems.add(f.name(), "runtime.field.boolean");
                    }
                }
                case FILE -> values.put(f.name(), v);
            }
        }
        problems.throwIfAny();
        return values;
    }
}
