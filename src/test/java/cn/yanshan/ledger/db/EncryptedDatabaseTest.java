package cn.yanshan.ledger.db;

import cn.yanshan.ledger.common.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database file is encrypted: what is written can't be read from the files, and a wrong key opens nothing. */
class EncryptedDatabaseTest {

    private static final char[] KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef".toCharArray();

    @Test
    void namesAndIdNumbersWrittenAreInNoFileOfTheDataFolder(@TempDir Path dir) throws IOException {
        try (Database db = Database.openEncryptedFile(dir.resolve("ledger"), KEY)) {
            db.dsl().execute("CREATE TABLE probe (name VARCHAR(50), id_number VARCHAR(18))");
            db.dsl().execute("INSERT INTO probe VALUES ('王秀兰', '532622199001011234'), ('ZHANGSANFENG', '532622198812120021')");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
                String asLatin1 = new String(bytes, StandardCharsets.ISO_8859_1);
                assertThat(asUtf8).as(f.toString()).doesNotContain("王秀兰").doesNotContain("532622199001011234");
                assertThat(asLatin1).as(f.toString()).doesNotContain("ZHANGSANFENG").doesNotContain("532622198812120021")
                        .doesNotContain("\u0000Z\u0000H\u0000A\u0000N\u0000G");
            }
        }
        try (Database again = Database.openEncryptedFile(dir.resolve("ledger"), KEY)) {
            assertThat(again.dsl().fetchValue("SELECT name FROM probe WHERE id_number = '532622199001011234'"))
                    .isEqualTo("王秀兰");
        }
    }

    @Test
    void aWrongKeyOpensNothingAndSaysSo(@TempDir Path dir) {
        Database.openEncryptedFile(dir.resolve("ledger"), KEY).close();
        char[] wrong = "f".repeat(64).toCharArray();
        assertThatThrownBy(() -> Database.openEncryptedFile(dir.resolve("ledger"), wrong))
                .isInstanceOf(LedgerException.class).hasMessageContaining("无法解密");
    }
}
