package cn.yanshan.ledger.security;

import cn.yanshan.ledger.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTest {

    @TempDir
    Path dir;

    private static final int FAST = 1_000; // the production count is slow on purpose; the logic is the same

    @Test
    void firstAdministratorUnlocksWithThePasswordAndNothingElse() throws Exception {
        Session created = KeyRing.load(dir, FAST).createFirstAdministrator("admin", "Yanshan#2024".toCharArray());
        KeyRing again = KeyRing.load(dir, FAST);
        assertThat(again.hasAccounts()).isTrue();
        assertThat(again.unlock("admin", "Yanshan#2024".toCharArray())).get()
                .satisfies(s -> assertThat(s.key()).isEqualTo(created.key()))
                .satisfies(s -> assertThat(s.account().role()).isEqualTo(Role.ADMIN));
        assertThat(again.unlock("admin", "yanshan#2024".toCharArray())).isEmpty();
        assertThat(again.unlock("nobody", "Yanshan#2024".toCharArray())).isEmpty();
        String file = Files.readString(dir.resolve(KeyRing.FILE_NAME));
        assertThat(file).doesNotContain("Yanshan#2024").doesNotContain(new String(created.key().filePassword()));
    }

    @Test
    void changingThePasswordKeepsTheSameDataKey() {
        KeyRing ring = KeyRing.load(dir, FAST);
        Session s = ring.createFirstAdministrator("admin", "first-password-1".toCharArray());
        ring.changePassword("admin", "first-password-1".toCharArray(), "second-password-2".toCharArray());
        KeyRing reread = KeyRing.load(dir, FAST);
        assertThat(reread.unlock("admin", "first-password-1".toCharArray())).isEmpty();
        assertThat(reread.unlock("admin", "second-password-2".toCharArray()).orElseThrow().key()).isEqualTo(s.key());
        assertThatThrownBy(() -> reread.changePassword("admin", "wrong-password".toCharArray(), "x-password-3".toCharArray()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("原密码不正确");
    }

    @Test
    void otherAccountsOpenTheSameLedgerWithTheirOwnRoles() {
        KeyRing ring = KeyRing.load(dir, FAST);
        Session admin = ring.createFirstAdministrator("admin", "admin-password".toCharArray());
        ring.addAccount(admin, "leader", Role.READ_ONLY, "leader-password".toCharArray());
        Session leader = KeyRing.load(dir, FAST).unlock("leader", "leader-password".toCharArray()).orElseThrow();
        assertThat(leader.key()).isEqualTo(admin.key());
        assertThat(leader.may(Role.READ_ONLY)).isTrue();
        assertThat(leader.may(Role.CLERK)).isFalse();
        assertThatThrownBy(() -> ring.addAccount(leader, "x", Role.ADMIN, "another-password".toCharArray()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("只有管理员");
        assertThatThrownBy(() -> ring.addAccount(admin, "leader", Role.CLERK, "another-password".toCharArray()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("已经存在");
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThatThrownBy(() -> KeyRing.load(dir, FAST).createFirstAdministrator("admin", "short".toCharArray()))
                .isInstanceOf(LedgerException.class).hasMessageContaining("至少要有 8 位");
        assertThat(dir.resolve(KeyRing.FILE_NAME)).doesNotExist();
    }

    @Test
    void aDamagedKeyFileSaysSoInChinese() throws Exception {
        Files.writeString(dir.resolve(KeyRing.FILE_NAME), "{ not json");
        assertThatThrownBy(() -> KeyRing.load(dir, FAST)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("已损坏");
    }

    @Test
    void strengthGrowsWithLengthAndKindsOfCharacters() {
        assertThat(PasswordStrength.of("abc")).isEqualTo(PasswordStrength.TOO_SHORT);
        assertThat(PasswordStrength.of("aaaaaaaa")).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("abcdefgh")).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("abcd1234")).isEqualTo(PasswordStrength.FAIR);
        assertThat(PasswordStrength.of("Yanshan#2024cl")).isEqualTo(PasswordStrength.STRONG);
    }
}
