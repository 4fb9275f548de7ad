package cn.yanshan.ledger.unit.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.app.ui.ScreenFixture;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.plan.UnitTask;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.Unit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clerk does on 单位: find a unit by pinyin initials, fill in its contact, open one of its tasks. */
@ScreenTest
class UnitsScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Services services;
    private MainWindow window;

    @AfterEach
    void stop() throws TimeoutException {
        ScreenFixture.close(window);
        services.close();
    }

    private void startProgram() throws TimeoutException {
        services = Ledgers.openFile(dir);
        window = ScreenFixture.open(services, dir);
    }

    @SuppressWarnings("unchecked")
    private TableView<Unit> table() {
        return robot.lookup("#unit-table").queryAs(TableView.class);
    }

    @Test
    void clerkFindsTheDisabledPersonsFederationByInitialsAndSavesItsContact() throws TimeoutException {
        startProgram();
        robot.clickOn("#nav-units");
        assertThat(table().getItems()).hasSize(services.units().all().size());

        robot.clickOn("#unit-search").write("xcl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(Unit::name).containsExactly("县残联");

        robot.clickOn("县残联");
        assertThat(robot.lookup("#unit-name").queryAs(Label.class).getText()).isEqualTo("县残联");
        robot.clickOn("#unit-contact").write("Zhang");
        robot.clickOn("#unit-phone").write("0876-3121234");
        robot.clickOn("#unit-save");
        WaitForAsyncUtils.waitForFxEvents();

        Unit saved = services.units().resolve("县残联").units().stream().findFirst()
                .flatMap(ref -> services.units().byId(ref.id())).orElseThrow();
        assertThat(saved.contactPerson()).isEqualTo("Zhang");
        assertThat(saved.phone()).isEqualTo("0876-3121234");
        assertThat(table().getItems().get(0).phone()).isEqualTo("0876-3121234");

        @SuppressWarnings("unchecked")
        ListView<UnitTask> tasks = robot.lookup("#unit-tasks").queryAs(ListView.class);
        assertThat(tasks.getItems()).extracting(t -> t.task().title()).contains("实施残疾人组织就业行动");
        robot.doubleClickOn("【牵头单位】 专项行动4  实施残疾人组织就业行动");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("实施残疾人组织就业行动");
    }
}
