package cn.yanshan.ledger.common;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;

/**
 * Pinyin initials for search: {@code xcl} finds 县残联. A character with several readings (长 chang/zhang)
 * matches any of them.
 */
public final class Pinyin {

    private Pinyin() {
    }

    /**
     * The possible initials of each character of {@code text}, one string per character:
     * "县残联" gives ["x", "c", "l"], "长" gives ["cz"]. Latin letters and digits stand for themselves.
     */
    public static String[] initials(String text) {
        String[] result = new String[text.length()];
        for (int i = 0; i < text.length(); i++) {
            result[i] = initialsOf(text.charAt(i));
        }
        return result;
    }

    private static String initialsOf(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings == null || readings.length == 0) {
            return "";
        }
        StringBuilder letters = new StringBuilder(2);
        for (String reading : readings) {
            char first = reading.charAt(0);
            if (letters.indexOf(String.valueOf(first)) < 0) {
                letters.append(first);
            }
        }
        return letters.toString();
    }

    /** True when {@code query} (Latin letters) matches consecutive characters' initials anywhere in the text. */
    public static boolean matchesInitials(String[] initials, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        outer:
        for (int start = 0; start + q.length() <= initials.length; start++) {
            for (int k = 0; k < q.length(); k++) {
                if (initials[start + k].indexOf(q.charAt(k)) < 0) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** True when the query looks like pinyin initials rather than Chinese text or digits. */
    public static boolean isInitialsQuery(String query) {
        if (query.isEmpty()) {
            return false;
        }
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
