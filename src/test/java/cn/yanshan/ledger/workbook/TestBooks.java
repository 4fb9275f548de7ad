package cn.yanshan.ledger.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small workbooks with POI for the tests. */
final class TestBooks {

    /** The two binary formats, for tests that run on both. */
    enum Kind {
        XLSX(".xlsx"), XLS(".xls");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        org.apache.poi.ss.usermodel.Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    private static final Map<org.apache.poi.ss.usermodel.Workbook, CellStyle> DATE_STYLES = new IdentityHashMap<>();

    private TestBooks() {
    }

    static Path write(Path dir, String name, Kind kind, Consumer<org.apache.poi.ss.usermodel.Workbook> fill) {
        Path file = dir.resolve(name + kind.extension);
        try (org.apache.poi.ss.usermodel.Workbook wb = kind.create()) {
            fill.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DATE_STYLES.clear();
        }
        return file;
    }

    /** Writes values into a 0-based row: String, Number, LocalDate, LocalDateTime, Boolean; null leaves a gap. */
    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            if (v instanceof String) {
                cell.setCellValue((String) v);
            } else if (v instanceof Number) {
                cell.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof Boolean) {
                cell.setCellValue((Boolean) v);
            } else if (v instanceof LocalDate) {
                cell.setCellValue((LocalDate) v);
                cell.setCellStyle(dateStyle(sheet.getWorkbook()));
            } else if (v instanceof LocalDateTime) {
                cell.setCellValue((LocalDateTime) v);
                cell.setCellStyle(dateStyle(sheet.getWorkbook()));
            } else {
                throw new IllegalArgumentException("value " + v);
            }
        }
        return row;
    }

    static void merge(Sheet sheet, String ref) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(ref));
    }

    static CellStyle dateStyle(org.apache.poi.ss.usermodel.Workbook wb) {
        return DATE_STYLES.computeIfAbsent(wb, w -> {
            CellStyle s = w.createCellStyle();
            s.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            return s;
        });
    }

    static CellStyle style(org.apache.poi.ss.usermodel.Workbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    /**
     * The layout real unit files have: a merged title, a 填报单位/填报时间 row, a two-row header with
     * a group 就业情况 over 就业形式 and 就业单位, then the data rows given.
     */
    static void unitLayout(org.apache.poi.ss.usermodel.Workbook wb, String sheetName, Object[]... data) {
        Sheet s = wb.createSheet(sheetName);
        row(s, 0, "砚山县2024年残疾人就业登记表");
        merge(s, "A1:F1");
        row(s, 1, "填报单位：江那镇人民政府", null, null, null, "填报时间：2024年5月6日");
        merge(s, "A2:D2");
        merge(s, "E2:F2");
        row(s, 2, "序号", "姓名", "身份证号", "就业情况", null, "备注");
        row(s, 3, null, null, null, "就业形式", "就业单位");
        merge(s, "A3:A4");
        merge(s, "B3:B4");
        merge(s, "C3:C4");
        merge(s, "D3:E3");
        merge(s, "F3:F4");
        for (int i = 0; i < data.length; i++) {
            row(s, 4 + i, data[i]);
        }
    }
}
