package ir.khadamat.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic-script shaping that knows the Persian letters. ICU's {@code ArabicShaping}, which
 * {@link ICUBidiReorderer} uses, leaves ی ک گ پ چ ژ unshaped, so they would print in their isolated
 * form and words would fall apart. Here each letter takes its presentation form (isolated, final,
 * initial, medial) from the Unicode joining types, and lam followed by alef becomes the لا ligature.
 * Reordering is left to ICU.
 */
final class PersianShaper implements BidiReorderer {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;

    /** base letter → its presentation forms by {@link #ISOLATED} … {@link #MEDIAL}; 0 where there is none. */
    private static final Map<Integer, char[]> FORMS = forms();
    /** alef variant → the lam-alef ligature, isolated form (the final form is the next code point). */
    private static final Map<Character, Character> LAM_ALEF = Map.of(
            '\u0622', '\uFEF5', '\u0623', '\uFEF7', '\u0625', '\uFEF9', '\u0627', '\uFEFB');

    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    private static Map<Integer, char[]> forms() {
        Map<Integer, char[]> forms = new HashMap<>();
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                String base = nfkc.getRawDecomposition(c);
                if (base == null || base.codePointCount(0, base.length()) != 1) {
                    continue; // ligatures and unassigned
                }
                int form = switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
                    case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
                    case UCharacter.DecompositionType.FINAL -> FINAL;
                    case UCharacter.DecompositionType.INITIAL -> INITIAL;
                    case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
                    default -> -1;
                };
                if (form >= 0) {
                    char[] slots = forms.computeIfAbsent(base.codePointAt(0), b -> new char[4]);
                    if (slots[form] == 0) {
                        slots[form] = (char) c;
                    }
                }
            }
        }
        return forms;
    }

    @Override
    public String shapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char[] slots = FORMS.get((int) c);
            if (slots == null) {
                out.append(c);
                continue;
            }
            int prev = neighbour(text, i, -1);
            int next = neighbour(text, i, +1);
            boolean joinsPrevious = joinsBackwardType(c) && prev >= 0 && joinsForward(text.charAt(prev));
            if (c == '\u0644' && next >= 0 && LAM_ALEF.containsKey(text.charAt(next))) {
                char ligature = LAM_ALEF.get(text.charAt(next));
                out.append(joinsPrevious ? (char) (ligature + 1) : ligature);
                out.append(text, i + 1, next); // marks between lam and alef
                i = next;
                continue;
            }
            boolean joinsNext = joinsForward(c) && next >= 0 && joinsBackwardType(text.charAt(next));
            int form = joinsPrevious ? (joinsNext ? MEDIAL : FINAL) : (joinsNext ? INITIAL : ISOLATED);
            char shaped = slots[form];
            if (shaped == 0 && form == MEDIAL) {
                shaped = slots[FINAL];
            } else if (shaped == 0 && form == INITIAL) {
                shaped = slots[ISOLATED];
            }
            out.append(shaped != 0 ? shaped : c);
        }
        return out.toString();
    }

    /** The nearest character before (-1) or after (+1) that is not a transparent mark, or -1. */
    private static int neighbour(String text, int i, int step) {
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            if (joiningType(text.charAt(j)) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    private static int joiningType(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
    }

    /** Whether the letter connects to the letter after it (dual-joining, left-joining, or join-causing like ZWJ and tatweel). */
    private static boolean joinsForward(char c) {
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.LEFT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Whether the letter can connect to the letter before it. */
    private static boolean joinsBackwardType(char c) {
        int type = joiningType(c);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        return icu.reorderRTLTextToLTR(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
