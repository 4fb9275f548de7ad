package cn.yanshan.ledger.workbook;

/**
 * The number format of a cell as the reader found it, shared by all cells with the same style.
 *
 * @param formatIndex  Excel's format id (built-in ids are below 164)
 * @param formatString the format code, or null when the id is built in and not spelled out
 * @param date1904     whether the workbook counts dates from 1904
 * @param isDate       whether the format shows a date or time
 */
record NumberStyle(int formatIndex, String formatString, boolean date1904, boolean isDate) {

    static NumberStyle of(int formatIndex, String formatString, boolean date1904) {
        return new NumberStyle(formatIndex, formatString, date1904, CellFormats.isDateFormat(formatIndex, formatString));
    }
}
