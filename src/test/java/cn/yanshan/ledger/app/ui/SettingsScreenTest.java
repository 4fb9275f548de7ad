package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.AuditEntry;
import cn.yanshan.ledger.backup.BackupInfo;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Ledgers;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 设置 and 审计日志 as an administrator uses them: the lock time, a backup by hand, a restore that brings back the
 * ledger of the backup after asking for the password again, and the log of what happened meanwhile.
 */
@ScreenTest
class SettingsScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private SignInFlow flow;
    private Services services;

    @AfterEach
    void stop() throws TimeoutException {
        if (flow != null) {
            ScreenFixture.close(flow.window());
        }
        if (services != null) {
            services.close();
        }
    }

    private void signIn() {
        robot.clickOn("#sign-in-password").write(Ledgers.PASSWORD);
        robot.clickOn("#sign-in-submit");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeInfo() {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void lockTimeBackupRestoreAndTheAuditLog() throws Exception {
        try (Services first = Ledgers.openFile(dir)) {
            first.persons().create(Ledgers.person("段丽芬", Ledgers.id()));
        }
        flow = ScreenFixture.startSignIn(dir, opened -> services = opened.services());
        signIn();
        assertThat(services).isNotNull();

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Spinner<Integer> minutes = robot.lookup("#settings-idle-minutes").queryAs(Spinner.class);
        assertThat(minutes.getValue()).isEqualTo(10);
        robot.interact(() -> minutes.getValueFactory().setValue(5));
        robot.clickOn("#settings-idle-save");
        closeInfo();
        assertThat(services.settings().idleLockMinutes()).isEqualTo(5);

        robot.clickOn("#settings-backup-now");
        closeInfo();
        @SuppressWarnings("unchecked")
        TableView<BackupInfo> backups = robot.lookup("#settings-backups").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backups.getItems().stream()
                .anyMatch(b -> b.reason().equals("手动备份")));
        BackupInfo manual = backups.getItems().stream().filter(b -> b.reason().equals("手动备份")).findFirst().orElseThrow();
        assertThat(manual.rows("person")).isEqualTo(1);

        services.persons().create(Ledgers.person("龙国华", Ledgers.id()));
        assertThat(services.persons().count(PersonQuery.ALL)).isEqualTo(2);

        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> log = robot.lookup("#audit-table").queryAs(TableView.class);
        assertThat(log.getItems()).extracting(AuditEntry::entity).contains("person", "setting");
        robot.clickOn("#audit-text").write("龙国华");
        robot.clickOn("#audit-search");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(log.getItems()).hasSize(1);
        assertThat(log.getItems().get(0).actor()).isEqualTo(Ledgers.ACCOUNT);
        assertThat(robot.lookup("#audit-count").queryAs(Label.class).getText()).startsWith("共 1 条");

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> backups.getSelectionModel().select(manual));
        robot.clickOn("#settings-backup-restore");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("确定");
        closeInfo();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sign-in").tryQuery().isPresent());
        assertThat(services.isOpen()).isFalse();
        services = null;

        signIn();
        assertThat(services).isNotNull();
        assertThat(services.persons().count(PersonQuery.ALL)).as("the ledger of the backup").isEqualTo(1);
        assertThat(services.settings().idleLockMinutes()).as("saved before the backup").isEqualTo(5);
    }
}
