package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.app.ui.ScreenFixture;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.testing.Ledgers;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk does on 任务分解: find a task, read its measures and units, edit a measure; the edit survives a restart. */
@ScreenTest
class PlanScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Services services;
    private MainWindow window;

    @AfterEach
    void stop() throws TimeoutException {
        closeProgram();
    }

    private void startProgram() throws TimeoutException {
        services = Ledgers.openFile(dir);
        window = ScreenFixture.open(services, dir);
    }

    private void closeProgram() throws TimeoutException {
        ScreenFixture.close(window);
        window = null;
        if (services != null) {
            services.close();
            services = null;
        }
    }

    private void openRuralTask() {
        robot.clickOn("#nav-plan");
        robot.clickOn("5. 实施农村残疾人就业帮扶行动");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<Measure> measures() {
        return robot.lookup("#measure-list").queryAs(ListView.class);
    }

    private List<String> leads() {
        FlowPane pane = robot.lookup("#task-leads").queryAs(FlowPane.class);
        return pane.getChildren().stream().map(n -> n instanceof Hyperlink h ? h.getText() : ((Label) n).getText()).toList();
    }

    @Test
    void clerkEditsAMeasureOfTheRuralTaskAndFindsItAfterARestart() throws TimeoutException {
        startProgram();
        openRuralTask();
        assertThat(measures().getItems()).hasSize(8);
        assertThat(leads()).containsExactly("县人力资源和社会保障局");
        assertThat(robot.lookup("#task-deadline").queryAs(Label.class).getText()).isEqualTo("2024年底前取得明显成效，持续推进");

        Node secondMeasure = robot.lookup(".measure-text").nth(1).query();
        robot.clickOn(secondMeasure);
        assertThat(measures().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.clickOn("#measure-edit");
        TextArea editor = robot.lookup("#dialog-text").queryAs(TextArea.class);
        assertThat(editor.getText()).startsWith("农家书屋");
        robot.clickOn(editor).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Library managers: hire disabled persons first (2024).");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(measures().getItems().get(1).content()).isEqualTo("Library managers: hire disabled persons first (2024).");
        assertThat(robot.lookup("#plan-status").queryAs(Label.class).getText()).isEqualTo("措施已保存");

        closeProgram();
        startProgram();
        openRuralTask();
        assertThat(measures().getItems()).hasSize(8);
        assertThat(measures().getItems().get(1).content()).isEqualTo("Library managers: hire disabled persons first (2024).");
        assertThat(measures().getItems().get(0).content()).startsWith("落实巩固拓展残疾人脱贫攻坚成果");
    }

    @Test
    void clickingALeadUnitOpensItOnTheUnitsScreen() throws TimeoutException {
        startProgram();
        openRuralTask();
        robot.clickOn("县人力资源和社会保障局");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unit-name").queryAs(Label.class).getText()).startsWith("县人力资源和社会保障局");
        @SuppressWarnings("unchecked")
        ListView<String> aliases = robot.lookup("#unit-aliases").queryAs(ListView.class);
        assertThat(aliases.getItems()).contains("县人社局");
    }
}
