package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Typed cell values as .xlsx (streamed) and .xls (record by record) give them. */
class CellValuesTest {

    @TempDir
    Path dir;

    private static final String ID = "53262219800108123X";
    private static final double ID_AS_NUMBER = 532622198001081234d;

    private SheetRow readRow(Path file, int rowNumber) {
        try (Workbook wb = WorkbookReader.open(file)) {
            return wb.firstRows(0, 50).stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void textNumberDateBooleanAndBlankKeepTheirTypes(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "types", kind, wb -> {
            Sheet s = wb.createSheet("值");
            TestBooks.row(s, 0, "张三", 1500.5, LocalDate.of(2024, 5, 6), true, null, " ");
        });

        SheetRow row = readRow(file, 1);

        assertThat(row.cell(0).type()).isEqualTo(Cell.Type.TEXT);
        assertThat(row.cell(0).text()).isEqualTo("张三");
        assertThat(row.cell(1).type()).isEqualTo(Cell.Type.NUMBER);
        assertThat(row.cell(1).number()).isEqualTo(1500.5);
        assertThat(row.cell(1).text()).isEqualTo("1500.5");
        assertThat(row.cell(2).type()).isEqualTo(Cell.Type.DATE);
        assertThat(row.cell(2).date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(row.cell(2).isNumeric()).isTrue();
        assertThat(row.cell(3).type()).isEqualTo(Cell.Type.BOOLEAN);
        assertThat(row.cell(3).text()).isEqualTo("TRUE");
        assertThat(row.cell(4).isBlank()).isTrue();
        assertThat(row.cell(5).isBlank()).as("white space only").isTrue();
        assertThat(row.cell(40)).isSameAs(Cell.BLANK);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void rowNumbersAreAsExcelShowsThemAcrossGaps(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "gaps", kind, wb -> {
            Sheet s = wb.createSheet("值");
            TestBooks.row(s, 0, "一");
            TestBooks.row(s, 4, "五");
        });

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.firstRows(0, 10)).extracting(SheetRow::rowNumber).containsExactly(1, 5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void numberKeepsItsFormattedText(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "formats", kind, wb -> {
            Sheet s = wb.createSheet("值");
            TestBooks.row(s, 0, 1500, 0.25, 1234567.891);
            s.getRow(0).getCell(0).setCellStyle(TestBooks.style(wb, "#,##0.00"));
            s.getRow(0).getCell(1).setCellStyle(TestBooks.style(wb, "0%"));
        });

        SheetRow row = readRow(file, 1);

        assertThat(row.cell(0).text()).isEqualTo("1,500.00");
        assertThat(row.cell(0).number()).isEqualTo(1500);
        assertThat(row.cell(0).plainNumber()).isEqualTo("1500");
        assertThat(row.cell(1).text()).isEqualTo("25%");
        assertThat(row.cell(2).text()).isEqualTo("1234567.891");
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void idNumberTypedAsNumberIsVisiblyANumberThatLostDigits(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "ids", kind, wb -> TestBooks.row(wb.createSheet("值"), 0, ID_AS_NUMBER, ID));

        SheetRow row = readRow(file, 1);

        Cell asNumber = row.cell(0);
        assertThat(asNumber.isNumeric()).isTrue();
        assertThat(asNumber.number()).isEqualTo(ID_AS_NUMBER);
        assertThat(asNumber.text()).as("as Excel shows it").isEqualTo("5.32622E+17");
        assertThat(asNumber.plainNumber()).isEqualTo("532622198001081000");
        assertThat(row.cell(1).isNumeric()).isFalse();
        assertThat(row.cell(1).text()).isEqualTo(ID);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void formulaCellsGiveTheirCachedResults(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "formulas", kind, wb -> {
            Sheet s = wb.createSheet("值");
            TestBooks.row(s, 0, 2, 3);
            var r = s.getRow(0);
            r.createCell(2).setCellFormula("A1*B1");
            r.createCell(3).setCellFormula("\"江那\"&\"镇\"");
            r.createCell(4).setCellFormula("1/0");
            r.createCell(5).setCellFormula("A1>1");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
        });

        SheetRow row = readRow(file, 1);

        assertThat(row.cell(2).isFormula()).isTrue();
        assertThat(row.cell(2).number()).isEqualTo(6);
        assertThat(row.cell(3).type()).isEqualTo(Cell.Type.TEXT);
        assertThat(row.cell(3).text()).isEqualTo("江那镇");
        assertThat(row.cell(4).type()).isEqualTo(Cell.Type.ERROR);
        assertThat(row.cell(4).text()).isEqualTo("#DIV/0!");
        assertThat(row.cell(5).type()).isEqualTo(Cell.Type.BOOLEAN);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void dateWithTimeAndChineseDateFormats(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "dates", kind, wb -> {
            Sheet s = wb.createSheet("值");
            TestBooks.row(s, 0, LocalDateTime.of(2024, 5, 6, 8, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2022, 1, 2));
            s.getRow(0).getCell(1).setCellStyle(TestBooks.style(wb, "yyyy\"年\"m\"月\"d\"日\""));
            var builtIn31 = wb.createCellStyle();
            builtIn31.setDataFormat((short) 31); // Chinese Excel's built-in 年月日, written without its code
            s.getRow(0).getCell(2).setCellStyle(builtIn31);
        });

        SheetRow row = readRow(file, 1);

        assertThat(row.cell(0).dateTime()).isEqualTo(LocalDateTime.of(2024, 5, 6, 8, 30));
        assertThat(row.cell(0).text()).isEqualTo("2024-05-06 08:30");
        assertThat(row.cell(1).date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(row.cell(2).type()).isEqualTo(Cell.Type.DATE);
        assertThat(row.cell(2).date()).isEqualTo(LocalDate.of(2022, 1, 2));
    }

    @Test
    void dates1904AreRespected() {
        Path file = TestBooks.write(dir, "mac", TestBooks.Kind.XLSX, wb -> {
            var ct = ((XSSFWorkbook) wb).getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            TestBooks.row(wb.createSheet("值"), 0, LocalDate.of(2024, 5, 6));
        });

        SheetRow row = readRow(file, 1);

        assertThat(row.cell(0).date1904()).isTrue();
        assertThat(row.cell(0).date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(row.cell(0).number()).as("serial counted from 1904").isEqualTo(45418 - 1462);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void hiddenSheetsAreFlagged(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "hidden", kind, wb -> {
            wb.createSheet("名单");
            wb.createSheet("字典");
            wb.setSheetHidden(1, true);
        });

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.sheets()).extracting(SheetInfo::name, SheetInfo::hidden)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("名单", false), org.assertj.core.groups.Tuple.tuple("字典", true));
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void mergedRegionsAtTheTopAreReported(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "merged", kind, wb -> TestBooks.unitLayout(wb, "名单"));

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.headerMerges(0)).extracting(CellRange::toString)
                    .contains("A1:F1", "D3:E3", "B3:B4");
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void rowCountIsKnownBeforeReading(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "count", kind, wb -> {
            Sheet s = wb.createSheet("名单");
            for (int i = 0; i < 120; i++) {
                TestBooks.row(s, i, "张" + i, i);
            }
        });

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.sheet(0).rowCount()).isEqualTo(120);
            assertThat(wb.sheet(0).rowCountExact()).isTrue();
            try (var rows = wb.rows(0, ReadListener.NONE)) {
                assertThat(rows.count()).isEqualTo(120);
            }
        }
    }

    @Test
    void cellTypesForTests() {
        assertThat(Cell.text("").isBlank()).isTrue();
        assertThat(Cell.number(1e20).text()).isEqualTo("1E+20");
        assertThat(Cell.number(12).plainNumber()).isEqualTo("12");
        assertThat(Cell.date(LocalDateTime.of(2024, 5, 1, 0, 0)).number()).isEqualTo(45413);
        assertThat(List.of(Cell.bool(false).text(), Cell.error("#N/A").text())).containsExactly("FALSE", "#N/A");
    }
}
