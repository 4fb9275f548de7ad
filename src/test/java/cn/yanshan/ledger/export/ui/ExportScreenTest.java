package cn.yanshan.ledger.export.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.app.ui.ScreenFixture;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.SettableClock;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.FileToSave;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk does on 10 July 2024, after the second quarter's reports were due: marks a late report received on
 * 季度报送 and sees its cell change, then on 导出 saves the quarter's summary workbook (the save dialog answered by
 * the test) and finds the report in it; then a person list with full numbers, confirmed first.
 */
@ScreenTest
class ExportScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<FileToSave> asked = new ArrayList<>();
    private Services services;
    private MainWindow window;
    private ReportKey rural;
    private Path answer;

    @BeforeEach
    void startProgram() throws TimeoutException {
        services = Ledgers.openFile(dir.resolve("data"), new SettableClock(LocalDate.of(2024, 7, 10)));
        services.demo().generate(120, 3, null);
        TaskDetail task = services.plan().allTasks().stream()
                .filter(t -> t.task().title().equals("实施农村残疾人就业帮扶行动")).findFirst().orElseThrow();
        rural = new ReportKey(task.task().id(), task.leads().get(0).id(), services.reports().period(2024, 2).id());
        window = ScreenFixture.openAnsweringSaves(services, dir.resolve("data"), request -> {
            asked.add(request);
            return Optional.ofNullable(answer);
        });
    }

    @AfterEach
    void closeProgram() throws TimeoutException {
        ScreenFixture.close(window);
        services.close();
    }

    private Label badge() {
        String id = "#cell-" + rural.taskId() + "-" + rural.unitId() + "-" + rural.periodId();
        return (Label) robot.lookup(id).queryAs(TableCell.class).getGraphic();
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    @Test
    void clerkMarksAReportReceivedAndExportsTheQuartersSummary() throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge().getText()).isEqualTo("逾期未报");
        robot.clickOn("#cell-" + rural.taskId() + "-" + rural.unitId() + "-" + rural.periodId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#received-today");
        robot.clickOn("#report-progress").write("Trained 30 persons.");
        robot.clickOn("#report-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge().getText()).isEqualTo("迟报 7月10日");
        assertThat(badge().getStyleClass()).contains("status-late");

        robot.clickOn("#nav-export");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<ReportingPeriod> period = robot.lookup("#export-period").queryAs(ComboBox.class);
        assertThat(period.getValue().label()).isEqualTo("2024年第二季度");
        assertThat(robot.lookup("#export-open").queryAs(Button.class).isVisible()).isFalse();

        // cancelled: nothing is written, nothing said
        robot.clickOn("#export-quarterly");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).suggestedName()).isEqualTo("砚山县促进残疾人就业三年行动2024年第二季度汇总表.xlsx");
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).isEmpty();

        answer = dir.resolve("汇总表");
        robot.clickOn("#export-quarterly");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("汇总表.xlsx");
        assertThat(file).exists();
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
                .isEqualTo("已导出季度汇总表：" + file.toAbsolutePath());
        assertThat(robot.lookup("#export-open").queryAs(Button.class).isVisible()).isTrue();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row found = null;
            for (Row row : wb.getSheet("任务推进情况")) {
                if (text(row, 1).equals("实施农村残疾人就业帮扶行动")) {
                    found = row;
                }
            }
            assertThat(found).isNotNull();
            assertThat(text(found, 3)).isEqualTo("逾期报送");
            assertThat(text(found, 4)).isEqualTo("2024-07-10");
            assertThat(text(found, 5)).isEqualTo("Trained 30 persons.");
        }
    }

    @Test
    void fullNumbersAreExportedOnlyAfterTheClerkConfirms() throws Exception {
        robot.clickOn("#nav-export");
        WaitForAsyncUtils.waitForFxEvents();
        answer = dir.resolve("persons.xlsx");
        robot.clickOn("#export-unmasked");
        robot.clickOn("#export-persons");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        try (InputStream in = Files.newInputStream(answer); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(text(sheet.getRow(sheet.getLastRowNum()), 3)).matches("\\d{17}[\\dX]");
        }
        assertThat(services.audit().recent(0, 1).get(0).action()).isEqualTo("REVEAL");
    }

    @Test
    void thePersonsListExportsItsFilterAndOffersToOpenTheFile() throws Exception {
        robot.clickOn("#nav-persons");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#person-flag-poverty-alleviated");
        WaitForAsyncUtils.waitForFxEvents();
        int shown = services.persons().count(PersonQuery.ALL.withFlags(Set.of(PersonFlag.POVERTY_ALLEVIATED)));
        assertThat(shown).isPositive().isLessThan(120);
        answer = dir.resolve("脱贫户.xlsx");
        robot.clickOn("#person-export");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .startsWith("已导出残疾人名单（共 " + shown + " 人）：" + answer.toAbsolutePath());
        robot.clickOn("取消");
        try (InputStream in = Files.newInputStream(answer); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            assertThat(text(sheet.getRow(2), 0)).isEqualTo("序号");
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(shown);
            assertThat(text(sheet.getRow(3), 13)).contains("脱贫户");
            assertThat(text(sheet.getRow(3), 3)).contains("********");
        }
    }
}
