package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.Text;
import java.util.Locale;

/** How header cells are compared: the same header typed a little differently is one header. */
public final class HeaderText {

    private HeaderText() {
    }

    /**
     * The comparable form of a header: no white space or line breaks (also full-width), full-width
     * letters, digits and brackets as ASCII ({@code （）【】[]} all become {@code ()}), no marks for
     * required columns (* ＊ ※ ★, （必填）, （选填）), no trailing colon, Latin letters in lower case.
     * {@code "身份证号码\n（必填）＊"} and {@code "身份证号码"} give the same text.
     */
    public static String normalize(String header) {
        String s = Text.compact(header);
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '【', '[', '〔', '［' -> sb.append('(');
                case '】', ']', '〕', '］' -> sb.append(')');
                case '*', '※', '★', '☆', '▲' -> {
                }
                default -> sb.append(c);
            }
        }
        String out = sb.toString()
                .replace("(必填)", "").replace("(必填项)", "").replace("(选填)", "").replace("(可选)", "")
                .replace("(必选)", "").replace("(非必填)", "");
        while (out.endsWith(":") || out.endsWith("：")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.toLowerCase(Locale.ROOT);
    }

    /** The normalized header without bracketed notes: {@code 月收入(元)} → {@code 月收入}. */
    public static String withoutNotes(String normalized) {
        if (normalized.indexOf('(') < 0) {
            return normalized;
        }
        StringBuilder sb = new StringBuilder(normalized.length());
        int depth = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
