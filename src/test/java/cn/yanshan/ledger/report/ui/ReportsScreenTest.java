package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.ChangeLogEntry;
import cn.yanshan.ledger.report.PeriodOverview;
import cn.yanshan.ledger.report.ReportDraft;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.SettableClock;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.ui.BackgroundRunner;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk does on 季度报送 on 3 July 2024, two days before the second quarter's reports are due: sees every
 * report due soon, marks one received, sees its cell and the reminders change; locks the period and changes a report
 * with a reason.
 */
class ReportsScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final SettableClock clock = new SettableClock(LocalDate.of(2024, 7, 3));
    private Services services;
    private MainWindow window;
    private ReportKey rural;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startProgram() throws TimeoutException {
        services = Ledgers.openFile(dir, clock);
        TaskDetail task = services.plan().allTasks().stream()
                .filter(t -> t.task().title().equals("实施农村残疾人就业帮扶行动")).findFirst().orElseThrow();
        rural = new ReportKey(task.task().id(), task.leads().get(0).id(), services.reports().period(2024, 2).id());
        OverviewView.Data overview = OverviewView.load(services.plan(), services.stats());
        window = FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, BackgroundRunner.direct(), dir.toString());
            stage.show();
            w.attach(services, overview);
            return w;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeProgram() throws TimeoutException {
        FxToolkit.setupFixture(() -> window.stage().close());
        services.close();
    }

    private String cellId(ReportKey key) {
        return "#cell-" + key.taskId() + "-" + key.unitId() + "-" + key.periodId();
    }

    private Label badge(ReportKey key) {
        return (Label) robot.lookup(cellId(key)).queryAs(TableCell.class).getGraphic();
    }

    @SuppressWarnings("unchecked")
    private TableView<UnitReminder> reminders() {
        return robot.lookup("#reminder-table").queryAs(TableView.class);
    }

    private Optional<UnitReminder> reminderOf(String unit) {
        return reminders().getItems().stream().filter(r -> r.unit().name().equals(unit)).findFirst();
    }

    @Test
    void clerkMarksAReportReceivedAndSeesTheMatrixAndTheRemindersChange() {
        @SuppressWarnings("unchecked")
        ComboBox<PeriodOverview> chooser = robot.lookup("#period-chooser").queryAs(ComboBox.class);
        assertThat(chooser.getValue().period().label()).isEqualTo("2024年第二季度");
        assertThat(badge(rural).getText()).isEqualTo("即将到期");
        assertThat(badge(rural).getStyleClass()).contains("status-due-soon");
        robot.clickOn("#tab-reminders");
        int tasksOfHr = reminderOf("县人力资源和社会保障局").orElseThrow().cells().size();
        assertThat(tasksOfHr).isGreaterThan(1);

        robot.clickOn(cellId(rural));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editor-title").queryAs(Label.class).getText())
                .contains("实施农村残疾人就业帮扶行动").contains("县人力资源和社会保障局");
        robot.clickOn("#received-today");
        robot.clickOn("#report-progress").write("Trained 30 persons in 3 villages.");
        robot.clickOn("#report-problems").write("Few jobs near home.");
        VBox figureLines = robot.lookup("#figure-list").queryAs(VBox.class);
        robot.clickOn("#figure-add");
        assertThat(figureLines.getChildren()).hasSize(1);
        robot.clickOn("#figure-remove-0");
        assertThat(figureLines.getChildren()).isEmpty();
        robot.clickOn("#figure-add");
        robot.clickOn("#figure-name-0").write("Trained");
        robot.clickOn("#figure-amount-0").write("30");
        robot.clickOn("#report-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(badge(rural).getText()).isEqualTo("已报 7月3日");
        assertThat(badge(rural).getStyleClass()).contains("status-received").doesNotContain("status-due-soon");
        assertThat(robot.lookup("#report-saved").queryAs(Label.class).getText()).isEqualTo("已保存");
        assertThat(robot.lookup("#summary-status-received").queryAs(Label.class).getText()).isEqualTo("已报送 1");
        var saved = services.reports().report(rural).orElseThrow();
        assertThat(saved.receivedOn()).isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(saved.progress()).isEqualTo("Trained 30 persons in 3 villages.");
        assertThat(saved.problems()).isEqualTo("Few jobs near home.");
        assertThat(saved.figures()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Trained");
            assertThat(f.amount()).isEqualByComparingTo("30");
        });

        robot.clickOn("#tab-reminders");
        UnitReminder hr = reminderOf("县人力资源和社会保障局").orElseThrow();
        assertThat(hr.cells()).hasSize(tasksOfHr - 1);
        assertThat(hr.text()).doesNotContain("实施农村残疾人就业帮扶行动");
        reminders().getSelectionModel().select(hr);
        assertThat(robot.lookup("#reminder-text").queryAs(TextArea.class).getText())
                .startsWith("县人力资源和社会保障局：").contains("（距截止还有2天）");
        robot.clickOn("#reminder-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reminder-copied").queryAs(Label.class).getText()).isEqualTo("已复制到剪贴板");
        String clipboard = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(clipboard).startsWith("县人力资源和社会保障局：");
    }

    @Test
    void changeToALockedPeriodAsksForTheReasonAndLogsIt() {
        services.reports().saveReport(rural,
                ReportDraft.received(LocalDate.of(2024, 7, 2), "First version.", null, null), null);
        robot.clickOn("#period-lock");
        robot.clickOn("#dialog-text").write("Sent upward");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#period-lock-state").queryAs(Label.class).getText()).isEqualTo("本期已于2024年7月3日锁定：Sent upward");
        assertThat(robot.lookup("#period-lock").queryAs(Button.class).getText()).isEqualTo("解除锁定");

        robot.clickOn(cellId(rural));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-progress").queryAs(TextArea.class).getText()).isEqualTo("First version.");
        robot.clickOn("#report-progress").write(" Corrected.");
        robot.clickOn("#report-save");
        // the reason dialog: cancelling keeps the stored report
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.reports().report(rural).orElseThrow().progress()).isEqualTo("First version.");

        robot.clickOn("#report-save");
        robot.clickOn("#dialog-text").write("HR bureau corrected its figures");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.reports().report(rural).orElseThrow().progress()).isEqualTo("First version. Corrected.");

        robot.clickOn("#tab-changes");
        @SuppressWarnings("unchecked")
        TableView<ChangeLogEntry> log = robot.lookup("#change-log").queryAs(TableView.class);
        assertThat(log.getItems()).extracting(ChangeLogEntry::reason)
                .containsExactly("锁定报送期：Sent upward", "HR bureau corrected its figures");
        assertThat(log.getItems().get(1).after()).contains("First version. Corrected.");
    }
}
