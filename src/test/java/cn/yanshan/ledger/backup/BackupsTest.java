package cn.yanshan.ledger.backup;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.db.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {

    private static final char[] KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();

    @TempDir
    Path data;
    @TempDir
    Path stick;

    private static Backups.LiveDatabase live(Database db) {
        return new Backups.LiveDatabase() {
            @Override
            public void backupTo(Path zip) {
                db.backupTo(zip);
            }

            @Override
            public Map<String, Long> rowCounts() {
                return db.rowCounts();
            }

            @Override
            public int schemaVersion() {
                return Database.SCHEMA_VERSION;
            }
        };
    }

    private static Clock at(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    /** Every row of every table, as text, in a stable order. */
    private static Map<String, List<String>> snapshot(Database db) {
        Map<String, List<String>> all = new TreeMap<>();
        DSLContext dsl = db.dsl();
        for (String table : db.rowCounts().keySet()) {
            List<String> rows = new ArrayList<>();
            dsl.fetch("SELECT * FROM " + table.toUpperCase()).forEach(r -> rows.add(r.formatCSV(false)));
            rows.sort(String::compareTo);
            all.put(table, rows);
        }
        return all;
    }

    @Test
    void aRestoredBackupHoldsTheSameDataRowForRow() throws Exception {
        Path base = data.resolve("ledger");
        Files.writeString(data.resolve("ledger.keys"), "{\"format\":1,\"accounts\":[]}");
        Files.createDirectories(data.resolve("attachments/2024Q2"));
        Files.writeString(data.resolve("attachments/2024Q2/report.txt"), "县教育局二季度报告");
        Map<String, List<String>> before;
        BackupInfo info;
        try (Database db = Database.openEncryptedFile(base, KEY)) {
            db.dsl().execute("UPDATE task SET title = '已修改的任务' WHERE number = 1");
            before = snapshot(db);
            info = new Backups(data, live(db), at("2024-07-01"), "0.1.0").manual(stick);
            db.dsl().execute("DELETE FROM measure");
            db.dsl().execute("UPDATE unit SET phone = '123'");
        }
        Files.writeString(data.resolve("attachments/2024Q2/report.txt"), "changed");

        BackupInfo seen = Backups.inspect(info.file());
        assertThat(seen.madeAt()).isEqualTo(LocalDate.parse("2024-07-01").atTime(18, 0));
        assertThat(seen.rows("measure")).isEqualTo(47);
        assertThat(seen.rows("task")).isEqualTo(16);
        assertThat(seen.reason()).isEqualTo("手动备份");

        Backups.restoreInto(info.file(), data);
        try (Database db = Database.openEncryptedFile(base, KEY)) {
            assertThat(snapshot(db)).isEqualTo(before);
        }
        assertThat(Files.readString(data.resolve("attachments/2024Q2/report.txt"))).isEqualTo("县教育局二季度报告");
        assertThat(data.resolve("restore-staging")).doesNotExist();
    }

    @Test
    void automaticBackupsKeepThirtyDailyAndTwelveMonthly() throws Exception {
        try (Database db = Database.openEncryptedFile(data.resolve("ledger"), KEY)) {
            Path folder = data.resolve("backups");
            LocalDate day = LocalDate.parse("2024-01-01");
            for (int i = 0; i < 400; i += 7) {
                new Backups(data, live(db), at(day.plusDays(i).toString()), "0.1.0").automatic(folder);
            }
            assertThat(Backups.list(folder.resolve("daily"))).hasSize(Backups.KEEP_DAILY);
            assertThat(Backups.list(folder.resolve("monthly"))).hasSize(Backups.KEEP_MONTHLY);
            assertThat(Backups.list(folder.resolve("monthly")).get(0).getFileName().toString()).isEqualTo("ledger-2025-02.zip");
            // a second automatic backup the same day makes nothing new
            Backups sameDay = new Backups(data, live(db), at(day.plusDays(400).toString()), "0.1.0");
            assertThat(sameDay.automatic(folder)).isNotNull();
            assertThat(sameDay.automatic(folder)).isNull();
        }
    }

    @Test
    void backupsMadeInTheSameSecondNeverOverwriteEachOther() throws Exception {
        try (Database db = Database.openEncryptedFile(data.resolve("ledger"), KEY)) {
            Backups sameSecond = new Backups(data, live(db), at("2024-07-01"), "0.1.0");
            BackupInfo first = sameSecond.beforeRestore(stick);
            BackupInfo second = sameSecond.beforeRestore(stick);
            BackupInfo third = sameSecond.manual(stick);
            BackupInfo fourth = sameSecond.manual(stick);
            assertThat(List.of(first.file(), second.file(), third.file(), fourth.file())).doesNotHaveDuplicates()
                    .allMatch(java.nio.file.Files::exists);
            assertThat(second.file().getFileName().toString()).isEqualTo("before-restore-20240701-180000-2.zip");
        }
    }

    @Test
    void aBackupFolderThatIsGoneSaysSoAndLeavesNothing() throws Exception {
        try (Database db = Database.openEncryptedFile(data.resolve("ledger"), KEY)) {
            Path pulledStick = stick.resolve("gone");
            Files.writeString(pulledStick, "a file where the folder should be");
            assertThatThrownBy(() -> new Backups(data, live(db), Clock.systemDefaultZone(), "0.1.0").manual(pulledStick))
                    .isInstanceOf(LedgerException.class).hasMessageContaining("台账没有改动");
            try (var files = Files.list(data)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("backup-"));
            }
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingChanges() throws Exception {
        Path notABackup = stick.resolve("photo.zip");
        Files.write(notABackup, new byte[]{1, 2, 3});
        assertThatThrownBy(() -> Backups.inspect(notABackup)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("不是本程序的备份文件");
        assertThatThrownBy(() -> Backups.restoreInto(stick.resolve("missing.zip"), data))
                .isInstanceOf(LedgerException.class).hasMessageContaining("找不到备份文件");
    }
}
