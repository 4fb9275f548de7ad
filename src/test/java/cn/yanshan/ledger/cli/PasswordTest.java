package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.security.KeyRing;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.testing.Cli;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line asks for the password like the window: scripts give it in LEDGER_PASSWORD. */
class PasswordTest {

    @TempDir
    Path dir;

    @Test
    void aCommandOnAnEmptyFolderMakesTheAdministratorWithThePasswordAndSaysSo() {
        Cli.Run r = Cli.run("--data-dir", dir.toString(), "plan");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("已为新台账创建管理员账户“管理员”");
        assertThat(dir.resolve(KeyRing.FILE_NAME)).exists();
        Cli.Run again = Cli.run("--data-dir", dir.toString(), "plan");
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).doesNotContain("创建管理员");
    }

    @Test
    void aWrongPasswordIsExitCodeFourAndChangesNothing() throws Exception {
        assertThat(Cli.run("--data-dir", dir.toString(), "plan").exitCode()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("ledger.mv.db"));
        Cli.Run r = Cli.runWith(Map.of("LEDGER_PASSWORD", "Wrong-Password-1"),
                "--data-dir", dir.toString(), "demo", "--persons", "5");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("密码不正确");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("ledger.mv.db"))).isEqualTo(before);
    }

    @Test
    void withoutAPasswordAndWithoutATerminalItSaysWhereToGiveIt() {
        Cli.Run r = Cli.runWith(Map.of(), "--data-dir", dir.toString(), "plan");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("LEDGER_PASSWORD");
        assertThat(dir.resolve(KeyRing.FILE_NAME)).doesNotExist();
    }

    @Test
    void aReadOnlyAccountMayLookButNotChange() {
        DataFolder folder = DataFolder.resolve(dir);
        Session admin = Ledgers.signIn(folder);
        Services.vault(folder).keyRing().addAccount(admin, "县残联领导", Role.READ_ONLY, "Leader-Password-7".toCharArray());
        Map<String, String> leader = Map.of("LEDGER_USER", "县残联领导", "LEDGER_PASSWORD", "Leader-Password-7");

        assertThat(Cli.runWith(leader, "--data-dir", dir.toString(), "stats").exitCode()).isZero();
        Cli.Run demo = Cli.runWith(leader, "--data-dir", dir.toString(), "demo", "--persons", "5");
        assertThat(demo.exitCode()).isEqualTo(4);
        assertThat(demo.err()).contains("只读").contains("不能执行");
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.demo().hasPersons()).isFalse();
        }
    }
}
