package cn.yanshan.ledger.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {

    @Test
    void schemaVersionConstantIsTheNewestMigration() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void firstStartCreatesAndMigratesTheFileAndASecondOpenFindsItCurrent(@TempDir Path dir) {
        Path base = dir.resolve("ledger");
        try (Database db = Database.openFile(base)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("task"))).isEqualTo(16);
        }
        assertThat(dir.resolve("ledger.mv.db")).exists();
        try (Database again = Database.openFile(base)) {
            assertThat(again.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(again.dsl().fetchCount(again.dsl().selectFrom("unit"))).isGreaterThan(30);
        }
    }

    @Test
    void closingCompactedShrinksAFileThatBulkWritesLeftHalfEmptyAndKeepsItsRows(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("ledger");
        Path file = dir.resolve("ledger.mv.db");
        try (Database db = Database.openFile(base)) {
            db.dsl().execute("CREATE TABLE scratch (id INT PRIMARY KEY, text VARCHAR(400))");
            for (int batch = 0; batch < 10; batch++) {
                db.dsl().execute("INSERT INTO scratch SELECT X + " + batch * 2000 + ", REPEAT('台账', 150) "
                        + "FROM SYSTEM_RANGE(1, 2000)");
            }
            db.dsl().execute("DELETE FROM scratch WHERE MOD(id, 4) <> 0");
        }
        long plain = Files.size(file);
        Database again = Database.openFile(base);
        again.closeCompacted();
        again.close();
        long compacted = Files.size(file);
        assertThat(compacted).isLessThan(plain / 2);
        try (Database reopened = Database.openFile(base)) {
            assertThat(reopened.dsl().fetchCount(reopened.dsl().selectFrom("scratch"))).isEqualTo(5000);
            assertThat(reopened.dsl().fetchCount(reopened.dsl().selectFrom("task"))).isEqualTo(16);
        }
    }
}
