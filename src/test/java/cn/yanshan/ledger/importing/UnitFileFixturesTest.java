package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.SheetRow;
import cn.yanshan.ledger.workbook.Workbook;
import cn.yanshan.ledger.workbook.WorkbookFormat;
import cn.yanshan.ledger.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit file that src/test/fixtures/make-import-fixtures.sh made with LibreOffice, as .xlsx, .xls and a GBK
 * .csv: title rows, a merged two-row header, mixed date forms, ID numbers stored as numbers, short township names,
 * a blank row, a duplicate and a 合计 row. Each imports with the same counts and rejects the same rows.
 */
class UnitFileFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/fixtures/import");

    /** Row number → a word its 问题说明 must contain. */
    private static final Map<Integer, String> REJECTED = new LinkedHashMap<>();

    static {
        REJECTED.put(26, "已经丢失");
        REJECTED.put(27, "“火星”不是本县的乡（镇）");
        REJECTED.put(28, "“外出务工”不是规定的就业形式");
        REJECTED.put(29, "校验位");
        REJECTED.put(30, "晚于今天");
        REJECTED.put(31, "年份只有两位");
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unit-placements.xlsx", "unit-placements.xls", "unit-placements.csv"})
    void importsWithTheExpectedCountsAndRejectedRows(String name) throws Exception {
        Path file = FIXTURES.resolve(name);
        try (Services ledger = Ledgers.open()) {
            FileInspection inspection = ledger.imports().inspect(file, null, null, ReadListener.NONE);
            assertThat(inspection.kind().key()).isEqualTo(PlacementsImport.KEY);
            ImportSetup setup = inspection.requireSetup();
            assertThat(setup.unit().name()).isEqualTo("江那镇");
            assertThat(setup.header().firstRow()).isEqualTo(3);
            assertThat(setup.header().lastRow()).isEqualTo(4);
            assertThat(setup.header().isComplete()).isTrue();

            ImportPreview preview = ledger.imports().preview(setup, ReadListener.NONE);
            assertThat(preview.counts()).isEqualTo(new ImportCounts(27, 20, 0, 1, 0, 6));
            assertThat(preview.summary().totalRow()).isEqualTo(33);
            Map<Integer, String> rejected = new LinkedHashMap<>();
            preview.rejected().forEach(r -> rejected.put(r.result().rowNumber(), r.result().message()));
            assertThat(rejected.keySet()).containsExactlyElementsOf(REJECTED.keySet());
            REJECTED.forEach((row, word) -> assertThat(rejected.get(row)).as("row " + row).contains(word));
            assertThat(preview.rows()).filteredOn(r -> r.status() == RowStatus.DUPLICATE)
                    .singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(32));
            // the 15-digit old ID number stored as a number survives and is upgraded
            assertThat(preview.rows()).filteredOn(r -> r.rowNumber() == 25).singleElement()
                    .satisfies(r -> assertThat(r.status()).as(r.message()).isEqualTo(RowStatus.NEW));

            ImportResult result = ledger.imports().commit(setup, ReadListener.NONE);
            assertThat(result.counts().created()).isEqualTo(20);
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(20);
            assertThat(ledger.persons().findByIdNumber("532622197503121516")).isPresent();

            Path errors = dir.resolve("退回-" + name + ".xlsx");
            ledger.imports().writeErrors(result.preview().orElseThrow(), errors);
            try (Workbook wb = WorkbookReader.open(errors)) {
                assertThat(wb.format()).isEqualTo(WorkbookFormat.XLSX);
                List<SheetRow> rows = wb.firstRows(0, 20);
                assertThat(rows).hasSize(2 + 6);
                int problem = rows.get(1).texts().indexOf(ErrorWorkbook.PROBLEM_HEADER);
                assertThat(rows.get(1).texts()).contains("身份证号码", "乡镇");
                int i = 2;
                for (String word : REJECTED.values()) {
                    assertThat(rows.get(i++).cell(problem).text()).contains(word);
                }
            }
        }
    }
}
