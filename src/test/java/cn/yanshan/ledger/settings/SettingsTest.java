package cn.yanshan.ledger.settings;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.AuditFilter;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 设置's values: kept in the ledger, defaults when unset, every change in the audit log. */
class SettingsTest {

    @Test
    void theBackupFolderIsChosenAndGivenBackAndEachChangeIsLogged() {
        try (Services ledger = Ledgers.open()) {
            Settings settings = ledger.settings();
            assertThat(settings.backupFolder()).isEmpty();
            Path stick = Path.of("stick", "backups");
            settings.setBackupFolder(stick);
            assertThat(settings.backupFolder()).contains(stick.toAbsolutePath().normalize());
            settings.setBackupFolder(null);
            assertThat(settings.backupFolder()).isEmpty();
            assertThat(ledger.backupFolder()).isEqualTo(ledger.backups().defaultFolder());
            assertThat(ledger.audit().count(new AuditFilter("setting", null, null, null, "backup_folder"))).isEqualTo(2);
        }
    }

    @Test
    void theLockTimeHasADefaultAndBounds() {
        try (Services ledger = Ledgers.open()) {
            Settings settings = ledger.settings();
            assertThat(settings.idleLockMinutes()).isEqualTo(Settings.DEFAULT_IDLE_LOCK_MINUTES);
            settings.setIdleLockMinutes(5);
            assertThat(settings.idleLockMinutes()).isEqualTo(5);
            assertThatThrownBy(() -> settings.setIdleLockMinutes(0)).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("1 到 240");
            assertThat(settings.idleLockMinutes()).isEqualTo(5);
        }
    }
}
