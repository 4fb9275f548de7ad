package cn.yanshan.ledger.security;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody without the password reads the ledger: not in the database file, the key file, the logs or the backups. */
class EncryptionTest {

    @TempDir
    Path dir;

    private final String idNumber = Ledgers.id(LocalDate.of(1983, 6, 14), Gender.FEMALE);
    private static final String NAME = "穆晓蓉";
    private static final String PHONE = "13988776655";

    @Test
    void noNameIdNumberOrPhoneCanBeFoundInAnyFileOfTheDataFolder() throws IOException {
        try (Services ledger = Ledgers.openFile(dir)) {
            ledger.persons().create(Ledgers.person(NAME, idNumber).withPhone(PHONE));
            ledger.backups().manual(dir.resolve("backups"));
        }
        List<Path> files = allFiles(dir);
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("ledger.mv.db"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".zip"));
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : List.of(NAME, idNumber, PHONE, idNumber.substring(6, 14))) {
                assertThat(contains(bytes, secret)).as("%s found in %s", secret, f).isFalse();
            }
        }
        assertThat(Database.fileState(dir.resolve("ledger"))).isEqualTo(Database.FileState.ENCRYPTED);
    }

    @Test
    void theSameSearchFindsThemInAnUnencryptedDatabase() throws IOException {
        // the check above can fail: the same person in a plain H2 file is there to read
        Path plain = dir.resolve("plain");
        try (Database db = Database.openFile(plain.resolve("ledger"))) {
            db.dsl().execute("UPDATE unit SET contact_person = ?, phone = ? WHERE id = 1", NAME, PHONE);
        }
        byte[] bytes = Files.readAllBytes(plain.resolve("ledger.mv.db"));
        assertThat(contains(bytes, NAME)).isTrue();
        assertThat(contains(bytes, PHONE)).isTrue();
    }

    @Test
    void aWrongPasswordOpensNothingAndTheRightOneOpensTheLedger() {
        try (Services ledger = Ledgers.openFile(dir)) {
            ledger.persons().create(Ledgers.person(NAME, idNumber));
        }
        Vault vault = Services.vault(DataFolder.resolve(dir));
        assertThatThrownBy(() -> vault.signIn(Ledgers.ACCOUNT, "not-the-password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("密码不正确");
        assertThatThrownBy(() -> vault.signIn(null, "not-the-password".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        Session session = vault.signIn(null, Ledgers.PASSWORD.toCharArray());
        try (Services ledger = Services.open(DataFolder.resolve(dir), session)) {
            assertThat(ledger.persons().findByIdNumber(idNumber)).get().extracting(p -> p.name()).isEqualTo(NAME);
            assertThat(ledger.account().name()).isEqualTo(Ledgers.ACCOUNT);
        }
    }

    @Test
    void aLedgerFromBeforeEncryptionIsEncryptedWithItsDataWhenTheFirstAccountIsMade() throws IOException {
        try (Database old = Database.openFile(dir.resolve("ledger"))) {
            old.dsl().execute("UPDATE unit SET contact_person = ? WHERE id = 1", NAME);
        }
        assertThat(Database.fileState(dir.resolve("ledger"))).isEqualTo(Database.FileState.PLAIN);
        try (Services ledger = Ledgers.openFile(dir)) {
            assertThat(ledger.units().byId(1).orElseThrow().contactPerson()).isEqualTo(NAME);
        }
        assertThat(Database.fileState(dir.resolve("ledger"))).isEqualTo(Database.FileState.ENCRYPTED);
        assertThat(contains(Files.readAllBytes(dir.resolve("ledger.mv.db")), NAME)).isFalse();
        assertThat(allFiles(dir)).noneMatch(f -> f.getFileName().toString().contains("before-encryption"));
    }

    @Test
    void anEncryptedLedgerWhoseKeyFileIsGoneIsNotGivenANewAccount() throws IOException {
        Ledgers.openFile(dir).close();
        Files.delete(dir.resolve(KeyRing.FILE_NAME));
        assertThatThrownBy(() -> Services.vault(DataFolder.resolve(dir)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("ledger.keys").hasMessageContaining("备份");
    }

    private static List<Path> allFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        return files;
    }

    /**
     * The text as UTF-8 (the logs, the key file), as H2 writes strings into its pages (UTF-8 without the
     * continuation bits), or as UTF-16.
     */
    private static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.UTF_8)) >= 0
                || indexOf(haystack, h2Bytes(text)) >= 0
                || indexOf(haystack, text.getBytes(StandardCharsets.UTF_16BE)) >= 0
                || indexOf(haystack, text.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static byte[] h2Bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
