package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderDetectorTest {

    static final List<ColumnSpec> PLACEMENT = List.of(
            ColumnSpec.required("name", "姓名", "残疾人姓名"),
            ColumnSpec.required("idNumber", "身份证号", "身份证号码", "公民身份号码", "证件号码"),
            ColumnSpec.optional("form", "就业形式"),
            ColumnSpec.optional("employer", "就业单位", "工作单位"),
            ColumnSpec.optional("township", "乡（镇）", "乡镇", "所在乡镇"),
            ColumnSpec.optional("region", "就业地域"),
            ColumnSpec.optional("income", "月收入"),
            ColumnSpec.optional("note", "备注"));

    private static final HeaderDetector DETECTOR = new HeaderDetector(PLACEMENT);

    @TempDir
    Path dir;

    /** Rows of text from a compact description: each string is a row, cells split at '|'. */
    private static List<SheetRow> rows(String... lines) {
        List<SheetRow> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            List<Cell> cells = new ArrayList<>();
            for (String t : lines[i].split("\\|", -1)) {
                cells.add(Cell.text(t));
            }
            out.add(new SheetRow(i + 1, cells));
        }
        return out;
    }

    private static HeaderMatch detect(List<SheetRow> rows, CellRange... merges) {
        return DETECTOR.detect(rows, List.of(merges)).orElseThrow();
    }

    @Test
    void plainHeaderInTheFirstRow() {
        HeaderMatch h = detect(rows("序号|姓名|身份证号|备注", "1|张三|53262219800108123X|"));

        assertThat(h.firstRow()).isEqualTo(1);
        assertThat(h.dataStartRow()).isEqualTo(2);
        assertThat(h.columnsByKey()).containsExactly(Map.entry("name", 1), Map.entry("idNumber", 2), Map.entry("note", 3));
        assertThat(h.unmapped()).extracting(HeaderColumn::label).containsExactly("序号");
        assertThat(h.isComplete()).isTrue();
        assertThat(h.score()).isEqualTo(7);
    }

    @Test
    void titleAndReportRowsAboveTheHeaderGiveTitleUnitAndDate() {
        HeaderMatch h = detect(rows(
                "砚山县2024年残疾人就业登记表|||",
                "填报单位：江那镇人民政府（盖章）||填报时间：2024年5月6日|",
                "序号|姓名|身份证号码|就业形式",
                "1|张三|53262219800108123X|按比例就业"),
                CellRange.parse("A1:D1"));

        assertThat(h.firstRow()).isEqualTo(3);
        assertThat(h.titles()).containsExactly("砚山县2024年残疾人就业登记表");
        assertThat(h.unit()).isEqualTo("江那镇人民政府（盖章）");
        assertThat(h.reportDate()).isEqualTo("2024年5月6日");
        assertThat(h.parsedReportDate()).contains(java.time.LocalDate.of(2024, 5, 6));
    }

    @Test
    void reportRowWithLabelsAndValuesInSeparateCells() {
        HeaderMatch h = detect(rows(
                "填报单位：|八嘎乡人民政府|填报日期：|2024-05-06",
                "姓名|身份证号"));

        assertThat(h.unit()).isEqualTo("八嘎乡人民政府");
        assertThat(h.reportDate()).isEqualTo("2024-05-06");
    }

    @Test
    void twoRowHeaderWithMergedGroup() {
        HeaderMatch h = detect(rows(
                "序号|姓名|身份证号|就业情况||备注",
                "||||就业单位|"),
                CellRange.parse("A1:A2"), CellRange.parse("B1:B2"), CellRange.parse("C1:C2"),
                CellRange.parse("D1:E1"), CellRange.parse("F1:F2"));

        // D2 is empty in this file: the group header alone names nothing, E2 names the employer
        assertThat(h.firstRow()).isEqualTo(1);
        assertThat(h.lastRow()).isEqualTo(2);
        assertThat(h.dataStartRow()).isEqualTo(3);
        assertThat(h.column("employer")).map(HeaderColumn::label).contains("就业情况/就业单位");
        assertThat(h.column("name")).map(HeaderColumn::index).contains(1);
        assertThat(h.column("note")).map(HeaderColumn::index).contains(5);
    }

    @Test
    void twoRowHeaderWithoutMergesIsFoundToo() {
        HeaderMatch h = detect(rows(
                "姓名|身份证号|就业情况|",
                "||就业形式|就业单位",
                "张三|53262219800108123X|按比例就业|阳光超市"));

        assertThat(h.lastRow()).isEqualTo(2);
        assertThat(h.columnsByKey()).containsEntry("form", 2).containsEntry("employer", 3).containsEntry("name", 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证号码\n（必填）", "＊身份证号", "身份证号*",
        " 身 份 证 号 ", "身份证号：", "身份证号(18位)", "身份证号【必填】"})
    void headerSpellingsMapToTheSameKey(String header) {
        assertThat(DETECTOR.keyOf(header)).contains("idNumber");
    }

    @Test
    void bracketStylesAndNotesDoNotMatter() {
        assertThat(DETECTOR.keyOf("乡(镇)")).contains("township");
        assertThat(DETECTOR.keyOf("就业地域（县内/州内/省内/省外）")).contains("region");
        assertThat(DETECTOR.keyOf("月收入(元)")).contains("income");
        assertThat(DETECTOR.keyOf("联系人姓名")).isEmpty();
    }

    @Test
    void missingRequiredColumnsAreListed() {
        HeaderMatch h = detect(rows("姓名|就业形式|备注"));

        assertThat(h.isComplete()).isFalse();
        assertThat(h.missingRequired()).containsExactly("idNumber");
    }

    @Test
    void aSecondColumnWithTheSameMeaningStaysUnmapped() {
        HeaderMatch h = detect(rows("姓名|身份证号|身份证号码"));

        assertThat(h.column("idNumber")).map(HeaderColumn::index).contains(1);
        assertThat(h.unmapped()).extracting(HeaderColumn::index).containsExactly(2);
    }

    @Test
    void oneRecognisedColumnIsNotAHeader() {
        assertThat(DETECTOR.detect(rows("备注", "姓名"), List.of())).isEmpty();
        assertThat(DETECTOR.detect(rows("x|y|z", "1|2|3"), List.of())).isEmpty();
    }

    @Test
    void clerksCorrectionRemapsAndTravelsAsAMap() {
        HeaderMatch h = detect(rows("姓名|身份证号|单位名称|工作单位"));
        assertThat(h.column("employer")).map(HeaderColumn::index).contains(3);

        HeaderMatch corrected = h.withMapping(Map.of("单位名称", "employer", "工作单位", ""), PLACEMENT);

        assertThat(corrected.column("employer")).map(HeaderColumn::index).contains(2);
        assertThat(corrected.mapping()).containsEntry("单位名称", "employer").containsEntry("工作单位", "");
        assertThat(corrected.score()).isEqualTo(h.score());
    }

    @Test
    void rememberedMappingRecognisesAUnitsOwnHeaders() {
        Map<String, String> remembered = Map.of("身份号", "idNumber", "打工地点", "employer");
        HeaderDetector detector = new HeaderDetector(PLACEMENT, remembered);

        HeaderMatch h = detector.detect(rows("名字|身份号|打工地点", "张三|x|y"), List.of()).orElseThrow();

        assertThat(h.columnsByKey()).containsOnlyKeys("idNumber", "employer");
        assertThat(h.missingRequired()).containsExactly("name");
    }

    @Test
    void headerAtRowsTheClerkChose() {
        List<SheetRow> r = rows("名字|身份号", "张三|x");

        HeaderMatch h = DETECTOR.atRows(r, List.of(), 1, 1);

        assertThat(h.columns()).extracting(HeaderColumn::label).containsExactly("名字", "身份号");
        assertThat(h.mappedCount()).isZero();
        assertThat(h.withMapping(Map.of("名字", "name", "身份号", "idNumber"), PLACEMENT).isComplete()).isTrue();
    }

    @Test
    void specsThatShareAHeaderAreRefused() {
        assertThatThrownBy(() -> new HeaderDetector(List.of(
                ColumnSpec.required("a", "单位"), ColumnSpec.optional("b", "单位"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void realUnitLayoutFromAFile(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "unit", kind, wb -> TestBooks.unitLayout(wb, "名单",
                new Object[] {1, "张三", "53262219800108123X", "按比例就业", "阳光超市", ""}));

        try (Workbook wb = WorkbookReader.open(file)) {
            Optional<HeaderMatch> found = DETECTOR.detect(wb, 0);

            assertThat(found).isPresent();
            HeaderMatch h = found.get();
            assertThat(h.firstRow()).isEqualTo(3);
            assertThat(h.lastRow()).isEqualTo(4);
            assertThat(h.columnsByKey()).containsEntry("name", 1).containsEntry("idNumber", 2)
                    .containsEntry("form", 3).containsEntry("employer", 4).containsEntry("note", 5);
            assertThat(h.column("form")).map(HeaderColumn::label).contains("就业情况/就业形式");
            assertThat(h.unit()).isEqualTo("江那镇人民政府");
            assertThat(h.reportDate()).isEqualTo("2024年5月6日");
            assertThat(h.titles()).containsExactly("砚山县2024年残疾人就业登记表");
        }
    }

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void headerFarDownIsNotFoundBeyondTheScanWindow(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "deep", kind, wb -> {
            Sheet s = wb.createSheet("名单");
            for (int i = 0; i < 25; i++) {
                TestBooks.row(s, i, "说明第" + (i + 1) + "行");
            }
            TestBooks.row(s, 25, "姓名", "身份证号");
        });

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(DETECTOR.detect(wb, 0)).isEmpty();
        }
    }
}
