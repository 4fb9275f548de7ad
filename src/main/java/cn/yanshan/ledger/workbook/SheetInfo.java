package cn.yanshan.ledger.workbook;

/**
 * One sheet of a workbook.
 *
 * @param index        0-based position in the workbook, as passed to {@link Workbook#rows}
 * @param name         the sheet's name as Excel shows it on the tab
 * @param hidden       hidden or "very hidden" in Excel
 * @param rowCount     rows present in the file (rows with at least one cell or a format), or -1 when unknown
 * @param rowCountExact whether {@code rowCount} is exact; for .csv it is estimated from the file size
 */
public record SheetInfo(int index, String name, boolean hidden, long rowCount, boolean rowCountExact) {
}
