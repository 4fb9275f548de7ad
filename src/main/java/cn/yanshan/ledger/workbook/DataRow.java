package cn.yanshan.ledger.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row below the header: its cells by column key, and the row as the file holds it (all
 * columns, mapped or not) for writing rejected rows back to the unit.
 */
public final class DataRow {

    private final SheetRow source;
    private final Map<String, Integer> columns;

    DataRow(SheetRow source, Map<String, Integer> columns) {
        this.source = source;
        this.columns = columns;
    }

    /** 1-based row number as Excel shows it, for messages such as “第12行”. */
    public int rowNumber() {
        return source.rowNumber();
    }

    /** The cell of a mapped column; {@link Cell#BLANK} when the key is not mapped or the cell is empty. */
    public Cell cell(String key) {
        Integer index = columns.get(key);
        return index == null ? Cell.BLANK : source.cell(index);
    }

    /** Whether the cell of a key holds anything. */
    public boolean has(String key) {
        return !cell(key).isBlank();
    }

    /** The 0-based column of a key, or -1; with {@link Columns#letters(int)} for messages (“C列”). */
    public int columnOf(String key) {
        Integer index = columns.get(key);
        return index == null ? -1 : index;
    }

    /** Mapped cells by key, in column order. */
    public Map<String, Cell> cells() {
        Map<String, Cell> out = new LinkedHashMap<>();
        columns.forEach((key, index) -> out.put(key, source.cell(index)));
        return out;
    }

    /** Every cell of the row as the file holds it, from column A. */
    public List<Cell> originalCells() {
        return source.cells();
    }

    /** The row as read. */
    public SheetRow source() {
        return source;
    }

    @Override
    public String toString() {
        return "DataRow[" + rowNumber() + " " + cells() + "]";
    }
}
