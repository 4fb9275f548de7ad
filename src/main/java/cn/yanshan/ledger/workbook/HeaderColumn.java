package cn.yanshan.ledger.workbook;

/**
 * One column under a detected header.
 *
 * @param index 0-based column (A = 0)
 * @param label the header as the file writes it, one line; a two-row header joins group and
 *              sub-header with "/" (就业情况/就业形式)
 * @param key   the {@link ColumnSpec#key()} it maps to, or null when it maps to nothing
 */
public record HeaderColumn(int index, String label, String key) {

    /** Excel's letters for the column: A, B, … AA. */
    public String letters() {
        return Columns.letters(index);
    }

    public boolean isMapped() {
        return key != null;
    }
}
