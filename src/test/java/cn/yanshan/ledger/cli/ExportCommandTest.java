package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.testing.Cli;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export …} as a script runs it on a small demo ledger: the files, the messages and the exit codes. */
class ExportCommandTest {

    @TempDir
    static Path dir;

    private static String data() {
        return dir.resolve("data").toString();
    }

    @BeforeAll
    static void demoLedger() {
        Cli.Run r = Cli.run("--data-dir", data(), "demo", "--persons", "300");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void quarterlySummaryIsWrittenWhereAsked() throws Exception {
        Path file = dir.resolve("汇总表.xlsx");
        Cli.Run r = Cli.run("--data-dir", data(), "export", "quarterly", "--year", "2024", "--quarter", "2", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("已导出季度汇总表：" + file.toAbsolutePath()).contains("本季度新增就业");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("2024年第二季度");
        }
    }

    @Test
    void reportDraftIsAWordDocument() throws Exception {
        Path file = dir.resolve("report.docx");
        Cli.Run r = Cli.run("export", "report", "--data-dir", data(), "--year", "2024", "--quarter", "1", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("2024年第一季度工作情况报告");
        }
    }

    @Test
    void unmaskedListSaysItIsLogged() throws Exception {
        Path file = dir.resolve("persons.xlsx");
        Cli.Run r = Cli.run("--data-dir", data(), "export", "persons", "--township", "江那", "--unmasked", "-o", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("已记入操作日志");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(3).getStringCellValue()).matches("\\d{17}[\\dX]");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(8).getStringCellValue()).isEqualTo("江那镇");
        }
    }

    @Test
    void placementsOfAQuarterAndTheWholeLedger() {
        Cli.Run r = Cli.run("--data-dir", data(), "export", "placements", "--from", "2024-04-01", "--to", "2024-06-30",
                "-o", dir.resolve("placements.xlsx").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("就业登记名单").contains("条）");
        Cli.Run all = Cli.run("--data-dir", data(), "export", "ledger", "-o", dir.resolve("ledger.xlsx").toString());
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("台账全库");
    }

    @Test
    void aPeriodOutsideThePlanFailsWithTheReason() {
        Cli.Run r = Cli.run("--data-dir", data(), "export", "quarterly", "--year", "2030", "--quarter", "1",
                "-o", dir.resolve("x.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("当前方案没有2030年第1季度的报送期");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void anUnwritableFileFailsWithTheReason() {
        Cli.Run r = Cli.run("--data-dir", data(), "export", "quarterly", "--year", "2024", "--quarter", "2",
                "-o", dir.resolve("no-such-folder/x.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("错误：无法保存“x.xlsx”：文件夹").contains("不存在");
        Cli.Run wrongType = Cli.run("--data-dir", data(), "export", "report", "--year", "2024", "--quarter", "2",
                "-o", dir.resolve("report.xlsx").toString());
        assertThat(wrongType.exitCode()).isEqualTo(1);
        assertThat(wrongType.err()).contains(".docx");
    }

    @Test
    void aQuarterOutsideOneToFourIsAWrongArgument() {
        Cli.Run r = Cli.run("--data-dir", data(), "export", "quarterly", "--year", "2024", "--quarter", "5",
                "-o", dir.resolve("x.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--quarter 应为 1 至 4");
    }
}
