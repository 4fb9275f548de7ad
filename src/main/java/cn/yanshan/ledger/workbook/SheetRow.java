package cn.yanshan.ledger.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a sheet as the file holds it.
 *
 * @param rowNumber 1-based, as Excel shows it at the left of the row (for .csv: the record number)
 * @param cells     the cells from column A on (index 0 = A), never null elements; may be shorter
 *                  than other rows: use {@link #cell(int)}
 */
public record SheetRow(int rowNumber, List<Cell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column; {@link Cell#BLANK} beyond the row's last cell. */
    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        for (Cell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Number of non-blank cells. */
    public int filledCount() {
        int n = 0;
        for (Cell c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** The cells' texts as shown ({@link Cell#text()}), for display and tests. */
    public List<String> texts() {
        List<String> out = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            out.add(c.text());
        }
        return out;
    }
}
