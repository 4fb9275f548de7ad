package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.person.IdNumber;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableReaderTest {

    private static final HeaderDetector DETECTOR = new HeaderDetector(HeaderDetectorTest.PLACEMENT);

    @TempDir
    Path dir;

    private record Read(List<DataRow> rows, TableSummary summary) {
    }

    private static Read read(Path file) {
        try (Workbook wb = WorkbookReader.open(file)) {
            HeaderMatch header = DETECTOR.detect(wb, 0).orElseThrow();
            List<DataRow> rows = new ArrayList<>();
            TableSummary summary = TableReader.read(wb, 0, header, ReadListener.NONE, r -> rows.add(r));
            return new Read(rows, summary);
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void dataRowsUnderATwoRowHeaderWithBlankRowsAndATotal(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "unit", kind, wb -> {
            TestBooks.unitLayout(wb, "名单",
                    new Object[] {1, "张三", "53262219800108123X", "按比例就业", "阳光超市", "首次"},
                    new Object[] {},
                    new Object[] {2, "李四", 532622199001011234d, "个体就业", null, null},
                    new Object[] {"合计", "2人"},
                    new Object[] {"填表人：王五", null, "审核人：赵六"});
        });

        Read read = read(file);

        assertThat(read.rows()).extracting(DataRow::rowNumber).containsExactly(5, 7);
        DataRow first = read.rows().get(0);
        assertThat(first.cell("name").text()).isEqualTo("张三");
        assertThat(first.cell("employer").text()).isEqualTo("阳光超市");
        assertThat(first.cell("township")).isSameAs(Cell.BLANK);
        assertThat(first.originalCells()).extracting(Cell::text).containsExactly("1", "张三", "53262219800108123X", "按比例就业", "阳光超市", "首次");
        assertThat(first.columnOf("idNumber")).isEqualTo(2);
        DataRow second = read.rows().get(1);
        Cell id = second.cell("idNumber");
        assertThat(id.isNumeric()).as("ID typed as a number stays recognisable").isTrue();
        assertThat(IdNumber.fromExcelNumber(id.number()).errors()).extracting(Problem::message)
                .singleElement().asString().contains("超过15位的部分已经丢失");
        assertThat(IdNumber.check(first.cell("idNumber").text()).isValid()).isTrue();
        assertThat(second.has("employer")).isFalse();
        assertThat(read.summary().totalRow()).isEqualTo(8);
        assertThat(read.summary().dataRows()).isEqualTo(2);
        assertThat(read.summary().blankRows()).isEqualTo(kind == TestBooks.Kind.XLSX ? 1 : 0);
        assertThat(read.summary().skipped()).extracting(TableSummary.SkippedRow::reason)
                .containsExactly(TableSummary.SkipReason.TOTAL);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void columnNumbersSubtotalsRepeatedHeadersAndFootersAreSkipped(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "messy", kind, wb -> {
            Sheet s = wb.createSheet("名单");
            TestBooks.row(s, 0, "序号", "姓名", "身份证号", "就业时间");
            TestBooks.row(s, 1, 1, 2, 3, 4);
            TestBooks.row(s, 2, 1, "张三", "53262219800108123X", LocalDate.of(2024, 5, 6));
            TestBooks.row(s, 3, "小计", "1人");
            TestBooks.row(s, 4, "序号", "姓名", "身份证号", "就业时间");
            TestBooks.row(s, 5, 2, "李四", "532622199001011234", "2024.5.6");
            TestBooks.row(s, 6, "填表人：王五");
        });

        Read read = read(file);

        assertThat(read.rows()).extracting(r -> r.cell("name").text()).containsExactly("张三", "李四");
        assertThat(read.summary().skipped()).extracting(TableSummary.SkippedRow::rowNumber, TableSummary.SkippedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, TableSummary.SkipReason.COLUMN_NUMBERS),
                        org.assertj.core.groups.Tuple.tuple(4, TableSummary.SkipReason.SUBTOTAL),
                        org.assertj.core.groups.Tuple.tuple(5, TableSummary.SkipReason.REPEATED_HEADER),
                        org.assertj.core.groups.Tuple.tuple(7, TableSummary.SkipReason.FOOTER));
        assertThat(read.summary().totalRow()).isZero();
        assertThat(read.summary().rowsRead()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void visitorCanStopEarly(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "many", kind, wb -> {
            Sheet s = wb.createSheet("名单");
            TestBooks.row(s, 0, "姓名", "身份证号");
            for (int i = 1; i <= 50; i++) {
                TestBooks.row(s, i, "张" + i, "x");
            }
        });

        try (Workbook wb = WorkbookReader.open(file)) {
            HeaderMatch header = DETECTOR.detect(wb, 0).orElseThrow();
            assertThat(TableReader.firstDataRows(wb, 0, header, 5)).extracting(DataRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
        }
    }
}
