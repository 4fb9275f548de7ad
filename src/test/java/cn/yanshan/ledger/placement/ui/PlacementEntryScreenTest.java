package cn.yanshan.ledger.placement.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.MainWindow;
import cn.yanshan.ledger.app.ui.ScreenFixture;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.person.ReferenceIdNumbers;
import cn.yanshan.ledger.testing.Ledgers;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk logs placements on 就业登记 with the keyboard alone; the count toward 450 moves as the rule says. */
@ScreenTest
class PlacementEntryScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Services services;
    private MainWindow window;

    private static final String ID = ReferenceIdNumbers.complete("53262219850312003");

    @AfterEach
    void stop() throws TimeoutException {
        ScreenFixture.close(window);
        services.close();
    }

    private void startProgram() throws TimeoutException {
        services = Ledgers.openFile(dir);
        window = ScreenFixture.open(services, dir);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void type(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void enter() {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clerkLogsAPlacementWithTheKeyboardAloneAndTheCountGoesUpOnce() throws TimeoutException {
        startProgram();
        assertThat(text("#overview-placed")).isEqualTo("0 / 450 人");
        robot.clickOn("#nav-placements");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#entry-count")).startsWith("0 / 450");
        // the ID field gets the focus on a later pulse: typing can start without a click
        TextField idField = robot.lookup("#entry-id").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, idField::isFocused);

        type(ID);
        assertThat(text("#entry-person-info")).contains("新人员").contains("1985-03-12");
        enter();
        type("王秀英");
        enter();
        type(ID + "42");
        assertThat(text("#entry-person-info")).contains("肢体残疾二级");
        enter();
        type("jn"); // pinyin initials: Enter takes the suggestion
        assertThat(text("#entry-township-hint")).contains("江那镇");
        enter();
        assertThat(robot.lookup("#entry-township").queryAs(TextField.class).getText()).isEqualTo("江那镇");
        type("大田村");
        enter();
        enter(); // no phone
        type("2024-05-06");
        enter();
        robot.type(KeyCode.DIGIT7); // 灵活就业
        enter();
        robot.type(KeyCode.DIGIT4); // 省外
        enter();
        type("Guangdong electronics factory");
        enter();
        type("assembler");
        enter();
        type("3200");
        enter();
        enter(); // no task
        enter(); // no reporting unit: Enter on the last field saves
        assertThat(text("#entry-status")).contains("已登记 王秀英").contains("1 / 450");
        assertThat(text("#entry-count")).startsWith("1 / 450");
        assertThat(services.stats().placed()).isEqualTo(1);
        robot.clickOn("#nav-overview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#overview-placed")).isEqualTo("1 / 450 人");
        assertThat(robot.lookup("#overview-township-江那镇").queryAs(javafx.scene.control.Hyperlink.class).getText()).isEqualTo("1");
        robot.clickOn("#nav-placements");
        WaitForAsyncUtils.waitForFxEvents();

        // the same person again: found by ID number, logged, not counted twice
        type(ID);
        assertThat(text("#entry-person-info")).contains("已在台账：王秀英");
        enter();
        type("2024-09-01");
        enter();
        robot.type(KeyCode.DIGIT1);
        enter();
        robot.type(KeyCode.DIGIT1);
        enter();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#entry-status")).contains("不重复计数");
        assertThat(text("#entry-count")).startsWith("1 / 450");
        assertThat(services.placements().ofPerson(services.persons().findByIdNumber(ID).orElseThrow().id())).hasSize(2);
        robot.clickOn("#nav-overview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#overview-placed")).isEqualTo("1 / 450 人");
    }

    @Test
    void problemsShowBesideTheFieldAsTheClerkTypes() throws TimeoutException {
        startProgram();
        robot.clickOn("#nav-placements");
        robot.clickOn("#entry-id");
        type(ID.substring(0, 17) + (ID.charAt(17) == '1' ? "2" : "1"));
        assertThat(text("#entry-id-problem")).contains("校验");
        robot.clickOn("#entry-date");
        type("2099-01-01");
        assertThat(text("#entry-date-problem")).contains("晚于今天");
        robot.clickOn("#entry-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#entry-status")).contains("未保存");
        assertThat(services.stats().placed()).isZero();
    }
}
