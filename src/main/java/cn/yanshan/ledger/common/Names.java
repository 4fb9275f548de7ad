package cn.yanshan.ledger.common;

/** Normalizes names as people type them: full-width brackets, spaces, stray punctuation. */
public final class Names {

    private Names() {
    }

    /**
     * The form two spellings are compared in: no white space (also the full-width and no-break kinds),
     * half-width brackets turned into full-width, full-width Latin letters and digits into half-width.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            switch (c) {
                case '(' -> sb.append('（');
                case ')' -> sb.append('）');
                default -> sb.append(c >= '\uff01' && c <= '\uff5e' && c != '（' && c != '）' ? (char) (c - 0xfee0) : c);
            }
        }
        return sb.toString();
    }
}
