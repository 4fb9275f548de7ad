package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door of the program as a clerk meets it: the first start makes the administrator, a restart with a wrong
 * password stays shut and with the right one opens the ledger; the window locks (by hand and when idle) and opens
 * again with the password, the work under the lock kept.
 */
@ScreenTest
class SignInScreenTest {

    private static final String PASSWORD = "Yanshan-Clerk-88";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private SignInFlow flow;
    private Services services;

    @AfterEach
    void stop() throws TimeoutException {
        closeProgram();
    }

    private void startProgram() throws TimeoutException {
        flow = ScreenFixture.startSignIn(dir, opened -> services = opened.services());
    }

    private void closeProgram() throws TimeoutException {
        if (flow != null) {
            ScreenFixture.close(flow.window());
            flow = null;
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null;
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** On screen: the node and every node above it visible, within the window. */
    private boolean shown(String query) {
        return robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    @Test
    void firstStartMakesTheAccountThenOnlyTheRightPasswordOpensTheLedger() throws TimeoutException {
        startProgram();
        assertThat(visible("#first-account")).isTrue();
        assertThat(robot.lookup("#first-account-name").queryAs(TextField.class).getText()).isEqualTo("管理员");
        assertThat(robot.lookup("#nav-overview").query().isDisabled()).isTrue();

        robot.clickOn("#first-account-password").write("short");
        assertThat(text("#first-account-strength")).contains("太短");
        robot.clickOn("#first-account-submit");
        assertThat(text("#first-account-message")).contains("至少要有 8 位");

        robot.clickOn("#first-account-password").write("-Pass-88");
        assertThat(text("#first-account-strength")).doesNotContain("太短");
        robot.clickOn("#first-account-repeat").write("short-Pass-89");
        robot.clickOn("#first-account-submit");
        assertThat(text("#first-account-message")).contains("不一致");

        robot.doubleClickOn("#first-account-password").eraseText(20).write(PASSWORD);
        robot.clickOn("#first-account-repeat").write(PASSWORD);
        robot.clickOn("#first-account-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services).as("the ledger opened").isNotNull();
        assertThat(visible("#first-account")).isFalse();
        assertThat(text("#header-account")).isEqualTo("管理员（管理员）");
        assertThat(robot.lookup("#nav-overview").query().isDisabled()).isFalse();
        assertThat(Services.vault(DataFolder.resolve(dir)).isNew()).isFalse();

        closeProgram();
        startProgram();
        assertThat(visible("#sign-in")).isTrue();
        robot.clickOn("#sign-in-password").write("Yanshan-Clerk-89");
        robot.clickOn("#sign-in-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services).as("a wrong password opens nothing").isNull();
        assertThat(text("#sign-in-message")).contains("密码不正确");
        assertThat(robot.lookup("#nav-overview").query().isDisabled()).isTrue();
        // 总览 is built behind the sign-in while the clerk types, without figures, and not on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#overview-view").tryQuery().isPresent());
        assertThat(shown("#overview-view")).isFalse();
        assertThat(text("#overview-placed")).isEmpty();

        robot.clickOn("#sign-in-password").write(PASSWORD);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services).isNotNull();
        assertThat(visible("#sign-in")).isFalse();
        assertThat(shown("#overview-placed")).isTrue();
        assertThat(text("#overview-placed")).isEqualTo("0 / 450 人");
        assertThat(robot.lookup("#overview-form-按比例就业").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("0");
    }

    @Test
    void theWindowLocksByHandAndWhenIdleAndTheWorkUnderTheLockIsKept() throws Exception {
        startProgram();
        robot.clickOn("#first-account-password").write(PASSWORD);
        robot.clickOn("#first-account-repeat").write(PASSWORD);
        robot.clickOn("#first-account-submit");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-units");
        WaitForAsyncUtils.waitForFxEvents();
        Node unitsArea = robot.lookup("#nav-units").query();

        robot.clickOn("#header-lock");
        assertThat(visible("#lock")).isTrue();
        assertThat(text("#header-account")).contains("管理员");
        robot.clickOn("#lock-password").write("not-it-at-all");
        robot.clickOn("#lock-submit");
        assertThat(visible("#lock")).isTrue();
        assertThat(text("#lock-message")).contains("密码不正确");
        robot.clickOn("#lock-password").write(PASSWORD);
        robot.clickOn("#lock-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock").tryQuery()).isEmpty();
        assertThat(((javafx.scene.control.ToggleButton) unitsArea).isSelected()).as("still on 单位").isTrue();

        WaitForAsyncUtils.asyncFx(() -> flow.setIdle(Duration.millis(800))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock").tryQuery().isPresent());
        // let the toolkit lay the lock pane out before the robot measures its nodes from this thread: both use
        // JavaFX's one text layout, and a measurement during the layout breaks it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#lock")).isTrue();
        robot.clickOn("#lock-password").write(PASSWORD);
        robot.clickOn("#lock-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lock").tryQuery()).isEmpty();
        assertThat(((javafx.scene.control.ToggleButton) unitsArea).isSelected()).isTrue();
    }
}
