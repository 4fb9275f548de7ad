package cn.yanshan.ledger.common;

/** Clean-up of text that clerks type or copy from spreadsheets. */
public final class Text {

    private static final char FULL_WIDTH_FIRST = '\uFF01'; // ！
    private static final char FULL_WIDTH_LAST = '\uFF5E';  // ～
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private Text() {
    }

    /** Full-width forms of ASCII characters (０-９, Ａ-Ｚ, （ ）, ＋ …) become ASCII; the ideographic space a space. */
    public static String toHalfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                out.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Half-width and without any space, including no-break and zero-width spaces; {@code null} gives "". */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        if (isCompact(s)) {
            return s; // most cells of a unit's file: nothing to do, nothing to copy
        }
        String half = toHalfWidth(s);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The form in which labels are compared: {@link #compact(String)}, with the enumeration comma
     * 、 treated as a comma, so that 灵活就业（含社区、居家就业） and 灵活就业(含社区,居家就业) are one key.
     */
    public static String labelKey(String s) {
        return compact(s).replace('、', ',');
    }

    private static boolean isCompact(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST || c == '\u3000' || isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
