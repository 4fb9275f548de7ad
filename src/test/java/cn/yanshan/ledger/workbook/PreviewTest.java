package cn.yanshan.ledger.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yanshan.ledger.common.LedgerException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreviewTest {

    private static final List<ColumnSpec> SPECS = HeaderDetectorTest.PLACEMENT;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestBooks.Kind.class)
    void theSheetWithTheBestHeaderIsPreselected(TestBooks.Kind kind) {
        Path file = TestBooks.write(dir, "several", kind, wb -> {
            Sheet notes = wb.createSheet("填表说明");
            TestBooks.row(notes, 0, "请按以下要求填写：姓名、身份证号必填");
            Sheet summary = wb.createSheet("汇总");
            TestBooks.row(summary, 0, "乡镇", "人数", "备注");
            TestBooks.unitLayout(wb, "就业登记", new Object[] {1, "张三", "53262219800108123X", "按比例就业", "阳光超市", ""});
            Sheet copy = wb.createSheet("旧版");
            TestBooks.row(copy, 0, "姓名", "身份证号", "就业形式", "就业单位", "备注");
            wb.setSheetHidden(3, true);
        });

        Preview p = Preview.of(file, SPECS, Limits.DEFAULT);

        assertThat(p.sheets()).hasSize(4);
        assertThat(p.suggestedSheet()).isEqualTo(2);
        SheetPreview best = p.suggested().orElseThrow();
        assertThat(best.sheet().name()).isEqualTo("就业登记");
        assertThat(best.header().orElseThrow().dataStartRow()).isEqualTo(5);
        assertThat(best.sampleRows()).extracting(r -> r.cell("name").text()).containsExactly("张三");
        assertThat(best.topRows()).hasSize(5);
        assertThat(p.sheets().get(0).header()).isEmpty();
        assertThat(p.sheets().get(1).header()).as("乡镇 and 备注 are two known columns").isPresent();
        assertThat(p.sheets().get(3).sheet().hidden()).isTrue();
        assertThat(p.sheets().get(3).score()).as("hidden copy scores as high").isEqualTo(best.score());
    }

    @Test
    void fileWithoutARecognisableHeaderGivesAPreviewWithoutMappingAndAClearMessageOnDemand() {
        Path file = TestBooks.write(dir, "other", TestBooks.Kind.XLSX, wb -> TestBooks.row(wb.createSheet("Sheet1"), 0, "a", "b"));

        Preview p = Preview.of(file, SPECS, Limits.DEFAULT);

        assertThat(p.suggestedSheet()).isEqualTo(-1);
        assertThat(p.sheets().get(0).topRows()).hasSize(1);
        assertThatThrownBy(() -> p.requireSuggested(SPECS)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("没有找到可识别的表头").hasMessageContaining("“姓名”“身份证号”");
    }

    @Test
    void largeSheetStreamsWithProgressAndStopsPromptlyOnCancel() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("名单");
            TestBooks.row(s, 0, "姓名", "身份证号");
            for (int i = 1; i <= 20_000; i++) {
                TestBooks.row(s, i, "张" + i, "53262219800108123X");
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }

        try (Workbook wb = WorkbookReader.open(file)) {
            assertThat(wb.sheet(0).rowCount()).isEqualTo(20_001);
            List<Long> progress = new ArrayList<>();
            AtomicBoolean cancel = new AtomicBoolean();
            ReadListener listener = new ReadListener() {
                @Override
                public void rowsRead(String sheet, long rows, long total) {
                    progress.add(rows);
                    assertThat(total).isEqualTo(20_001);
                    if (rows >= 5000) {
                        cancel.set(true);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            };
            long[] seen = {0};
            assertThatThrownBy(() -> wb.forEachRow(0, listener, r -> ++seen[0] > 0))
                    .isInstanceOf(ReadCancelledException.class).hasMessage("已取消读取文件。");
            assertThat(progress).containsExactly(1000L, 2000L, 3000L, 4000L, 5000L);
            assertThat(seen[0]).isEqualTo(5000);

            // the workbook stays usable after a cancel
            assertThat(wb.forEachRow(0, ReadListener.NONE, r -> true)).isEqualTo(20_001);
        }

        AtomicBoolean cancelOpen = new AtomicBoolean(true);
        assertThatThrownBy(() -> WorkbookReader.open(file, Limits.DEFAULT, ReadListener.cancelledBy(cancelOpen)))
                .isInstanceOf(ReadCancelledException.class);
    }
}
