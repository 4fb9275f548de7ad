package cn.yanshan.ledger.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.yanshan.ledger.report.ReportingPeriod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One sheet laid out as a county office's form: a merged title, the 填报单位 / 填报日期 line, one row of bold
 * headers, bordered rows, 合计 rows with sums, column widths for Chinese text, and A4 landscape printing with the
 * header row on every page, fitted to the page's width and numbered in the footer. Rows are written in order
 * through SXSSF, so a sheet may hold hundreds of thousands of them.
 */
final class FormSheet {

    /** How a column's values are shown. */
    enum Kind { TEXT, CENTER, INTEGER, PERCENT, MONEY, DATE }

    /** A column: its header, its width in Chinese characters, and its kind. */
    record Column(String header, double width, Kind kind) {
    }

    /** Excel measures widths in the default font's digits; a Chinese character of 宋体 11 pt is about two. */
    private static final double UNITS_PER_CHINESE_CHARACTER = 2.2;
    private static final float MAX_ROW_POINTS = 409;

    private final SXSSFSheet sheet;
    private final FormStyles styles;
    private final List<Column> columns;
    private int next;
    private int headerRow = -1;

    FormSheet(SXSSFWorkbook wb, FormStyles styles, String name, List<Column> columns) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, (int) Math.round((columns.get(i).width() * UNITS_PER_CHINESE_CHARACTER + 1) * 256));
        }
    }

    /** The merged title across every column. */
    FormSheet title(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(Math.max(36, 26 * lines(text, totalWidth(0, columns.size()), 18.0 / FormStyles.BODY_POINTS)));
        set(row, 0, text, styles.title);
        merge(next, 0, columns.size() - 1);
        next++;
        return this;
    }

    /** 填报单位 on the left half, 填报日期 on the right. */
    FormSheet byline(String unit, LocalDate date) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(22);
        int half = Math.max(1, columns.size() / 2);
        set(row, 0, "填报单位：" + unit, styles.byline);
        set(row, half, "填报日期：" + ReportingPeriod.chineseDate(date), styles.bylineRight);
        merge(next, 0, half - 1);
        merge(next, half, columns.size() - 1);
        next++;
        return this;
    }

    /** A line of text across the sheet, e.g. what the figures count. */
    FormSheet note(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(rowPoints(lines(text, totalWidth(0, columns.size()), 1)));
        set(row, 0, text, styles.note);
        merge(next, 0, columns.size() - 1);
        next++;
        return this;
    }

    /** The header row, repeated on every printed page; the rows above it stay in view while scrolling. */
    FormSheet header() {
        Row row = sheet.createRow(next);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            set(row, i, columns.get(i).header(), styles.header);
            lines = Math.max(lines, lines(columns.get(i).header(), columns.get(i).width() * UNITS_PER_CHINESE_CHARACTER, 1));
        }
        row.setHeightInPoints(rowPoints(lines) + 4);
        headerRow = next;
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.createFreezePane(0, headerRow + 1);
        next++;
        return this;
    }

    /** A bold line across the sheet that opens a part of a table: 一、按乡（镇）. */
    FormSheet section(String text) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(rowPoints(1) + 4);
        for (int i = 0; i < columns.size(); i++) {
            set(row, i, i == 0 ? text : null, styles.section);
        }
        merge(next, 0, columns.size() - 1);
        next++;
        return this;
    }

    /** A row of values in column order; null leaves a cell empty (bordered). Returns its index. */
    int row(Object... values) {
        Row row = sheet.createRow(next);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < values.length ? values[i] : null;
            Column c = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(style(c.kind()));
            if (v instanceof String s) {
                cell.setCellValue(s);
                lines = Math.max(lines, lines(s, c.width() * UNITS_PER_CHINESE_CHARACTER, 1));
            } else if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            }
        }
        row.setHeightInPoints(rowPoints(lines));
        return next++;
    }

    /**
     * A 合计 row: the label across the columns up to {@code labelColumn} (merged), and in each of
     * {@code sumColumns} the sum of rows {@code first}..{@code last} as a formula with its value already computed.
     */
    int total(String label, int labelColumn, int first, int last, int[] sumColumns, long[] sums) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(rowPoints(1) + 4);
        for (int i = 0; i < columns.size(); i++) {
            set(row, i, i == 0 ? label : null, i <= labelColumn ? styles.totalLabel : styles.totalInteger);
        }
        merge(next, 0, labelColumn);
        for (int k = 0; k < sumColumns.length; k++) {
            String col = CellReference.convertNumToColString(sumColumns[k]);
            Cell cell = row.getCell(sumColumns[k]);
            cell.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (last + 1) + ")");
            cell.setCellValue(sums[k]);
        }
        return next++;
    }

    /** Writes a formula cell with its value already computed (LibreOffice and Excel show it as it is). */
    void formula(int rowIndex, int column, String formula, double value, boolean bold) {
        Cell cell = sheet.getRow(rowIndex).getCell(column);
        if (bold) {
            cell.setCellStyle(styles.totalPercent);
        }
        cell.setCellFormula(formula);
        cell.setCellValue(value);
    }

    /** Merges cells of a column over rows {@code first}..{@code last} (a task with several lead units). */
    void mergeDown(int column, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
        }
    }

    /** Starts a new printed page at the next row: a table part is not split between pages. */
    void pageBreak() {
        sheet.setRowBreak(next - 1);
    }

    int nextRow() {
        return next;
    }

    /** Print setup: A4 landscape, fitted to one page wide, centred, page numbers in the footer. */
    void finish() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.7);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private CellStyle style(Kind kind) {
        return switch (kind) {
            case TEXT -> styles.text;
            case CENTER -> styles.textCentered;
            case INTEGER -> styles.integer;
            case PERCENT -> styles.percent;
            case MONEY -> styles.money;
            case DATE -> styles.date;
        };
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void merge(int row, int first, int last) {
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    private double totalWidth(int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += columns.get(i).width() * UNITS_PER_CHINESE_CHARACTER + 1;
        }
        return w;
    }

    private static float rowPoints(int lines) {
        return Math.min(MAX_ROW_POINTS, lines * FormStyles.LINE_POINTS + 2);
    }

    /**
     * Lines a text takes in a column {@code width} digits wide, a Chinese character counted as two digits and a Latin
     * one as one (a little less than the widths allow for, so a text that fits is not given a second line), each
     * scaled by {@code scale} (a larger font); a new line character starts a line.
     */
    static int lines(String text, double width, double scale) {
        double usable = Math.max(1, width - 1);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            double w = 0;
            for (int i = 0; i < part.length(); i++) {
                w += (part.charAt(i) < 0x2E80 ? 1.0 : 2.0) * scale;
            }
            lines += Math.max(1, (int) Math.ceil(w / usable));
        }
        return lines;
    }
}
