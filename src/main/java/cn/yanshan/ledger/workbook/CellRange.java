package cn.yanshan.ledger.workbook;

/**
 * A merged region. Rows are 1-based as Excel shows them, columns 0-based (A = 0), both ends inclusive.
 */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public CellRange {
        if (firstRow < 1 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn) {
            throw new IllegalArgumentException("bad range " + firstRow + ".." + lastRow + " x " + firstColumn + ".." + lastColumn);
        }
    }

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /**
     * Parses an A1-style range such as {@code B2:D3} (or a single cell); null when it is not one.
     */
    public static CellRange parse(String ref) {
        if (ref == null) {
            return null;
        }
        String[] parts = ref.trim().split(":");
        if (parts.length < 1 || parts.length > 2) {
            return null;
        }
        int[] a = Columns.parseCellRef(parts[0]);
        int[] b = parts.length == 2 ? Columns.parseCellRef(parts[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        int r1 = Math.min(a[0], b[0]);
        int r2 = Math.max(a[0], b[0]);
        int c1 = Math.min(a[1], b[1]);
        int c2 = Math.max(a[1], b[1]);
        return new CellRange(r1, r2, c1, c2);
    }

    @Override
    public String toString() {
        return Columns.letters(firstColumn) + firstRow + ":" + Columns.letters(lastColumn) + lastRow;
    }
}
