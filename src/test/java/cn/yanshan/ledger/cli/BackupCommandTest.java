package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.testing.Cli;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup} and {@code restore} as a script uses them: a backup to a stick, later changes undone by a restore. */
class BackupCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path stick;

    @Test
    void aRestoreBringsBackTheLedgerOfTheBackupAfterBackingUpTheCurrentOne() throws IOException {
        String data = dir.toString();
        assertThat(Cli.run("--data-dir", data, "demo", "--persons", "40", "--seed", "5").exitCode()).isZero();
        Path file = stick.resolve("ledger-stick.zip");
        Cli.Run backup = Cli.run("--data-dir", data, "backup", "-o", file.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("已备份到").contains("残疾人 40 人");

        assertThat(Cli.run("--data-dir", data, "demo", "--persons", "25", "--seed", "6", "--append").exitCode()).isZero();
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(65);
        }

        Cli.Run restore = Cli.run("--data-dir", data, "restore", file.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("残疾人 40 人").contains("当前台账已先备份到").contains("已恢复");
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(40);
        }
        List<Path> safety = zips(dir.resolve("backups").resolve("restore"));
        assertThat(safety).hasSize(1);
        assertThat(Cli.run("--data-dir", data, "restore", safety.get(0).toString()).exitCode()).isZero();
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(65);
        }
    }

    @Test
    void withoutAFileTheBackupGoesToTheBackupFolder() throws IOException {
        Cli.Run r = Cli.run("--data-dir", dir.toString(), "backup");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(zips(dir.resolve("backups"))).hasSize(1);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheLedgerStays() throws IOException {
        assertThat(Cli.run("--data-dir", dir.toString(), "demo", "--persons", "3").exitCode()).isZero();
        Path notABackup = Files.writeString(stick.resolve("名单.zip"), "not a zip");
        Cli.Run r = Cli.run("--data-dir", dir.toString(), "restore", notABackup.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("不是本程序的备份文件");
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(3);
        }
        // a folder that can't be made (here: a file stands where it should be), as when a stick is pulled
        Path blocked = Files.writeString(stick.resolve("U盘"), "");
        Cli.Run gone = Cli.run("--data-dir", dir.toString(), "backup", "-o", blocked.resolve("x.zip").toString());
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err()).contains("备份");
    }

    private static List<Path> zips(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".zip")).toList();
        }
    }
}
