package cn.yanshan.ledger.workbook;

/** Column letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
public final class Columns {

    /** Excel's last column, XFD. */
    public static final int EXCEL_MAX_COLUMNS = 16_384;

    private Columns() {
    }

    /** The letters of a 0-based column index: 0 → A, 27 → AB. */
    public static String letters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("column " + column);
        }
        StringBuilder sb = new StringBuilder(3);
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.append((char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /** The 0-based index of column letters (case-insensitive), or -1 when they are not letters. */
    public static int index(String letters) {
        if (letters == null || letters.isEmpty() || letters.length() > 3) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            char ch = Character.toUpperCase(letters.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                return -1;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    /** {row (1-based), column (0-based)} of a reference such as {@code $B$12}, or null. */
    static int[] parseCellRef(String ref) {
        String s = ref.replace("$", "").trim();
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i == s.length() || s.length() - i > 7) {
            return null;
        }
        int column = index(s.substring(0, i));
        int row;
        try {
            row = Integer.parseInt(s.substring(i));
        } catch (NumberFormatException e) {
            return null;
        }
        if (column < 0 || row < 1) {
            return null;
        }
        return new int[] {row, column};
    }
}
