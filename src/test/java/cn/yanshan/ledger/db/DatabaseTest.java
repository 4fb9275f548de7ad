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
}
