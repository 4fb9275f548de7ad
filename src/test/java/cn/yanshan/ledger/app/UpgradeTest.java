package cn.yanshan.ledger.app;

import cn.yanshan.ledger.backup.BackupInfo;
import cn.yanshan.ledger.backup.Backups;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.testing.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.yanshan.ledger.db.generated.Tables.COUNTED_PERSON;
import static cn.yanshan.ledger.db.generated.Tables.PLACEMENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers written by earlier releases (made by {@code src/test/resources/upgrade/make-fixtures.sh} with each
 * release's own jar) open in this one: backed up first, migrated, every person and placement still there.
 */
class UpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerOfRelease010IsEncryptedBackedUpAndMigratedWithEveryRow() throws IOException {
        copy("v4-plain/ledger.mv.db", dir.resolve("ledger.mv.db"));
        assertThat(Database.fileState(dir.resolve("ledger"))).isEqualTo(Database.FileState.PLAIN);

        try (Services ledger = Ledgers.openFile(dir)) {
            // what release 0.1.0's `demo --persons 30 --seed 7` wrote, and its `stats` said: 25 counted
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(30);
            assertThat(ledger.stats().placed()).isEqualTo(25);
            assertThat(ledger.database().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(ledger.plan().allTasks()).hasSize(16);
        }
        assertThat(Database.fileState(dir.resolve("ledger"))).isEqualTo(Database.FileState.ENCRYPTED);

        List<Path> before = zips(dir.resolve("backups").resolve("upgrade"));
        assertThat(before).hasSize(1);
        BackupInfo backup = Backups.inspect(before.get(0));
        assertThat(backup.schemaVersion()).isEqualTo(4);
        assertThat(backup.rows("person")).isEqualTo(30);
        assertThat(backup.reason()).isEqualTo("升级前自动备份");

        try (Services again = Ledgers.openFile(dir)) {
            assertThat(again.persons().count(PersonQuery.ALL)).isEqualTo(30);
        }
        assertThat(zips(dir.resolve("backups").resolve("upgrade"))).hasSize(1);
    }

    @Test
    void theLedgerOfSchemaVersion6OpensWithItsPasswordAndEveryRow() throws IOException {
        copy("v6/ledger.mv.db", dir.resolve("ledger.mv.db"));
        copy("v6/ledger.keys", dir.resolve("ledger.keys"));
        DataFolder folder = DataFolder.resolve(dir);
        Session session = Services.vault(folder).signIn("管理员", "Upgrade-Fixture-6".toCharArray());
        try (Services ledger = Services.open(folder, session)) {
            assertThat(ledger.database().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            // 30 from `demo --persons 30 --seed 8`, 20 new from the unit file's import (batch 1)
            assertThat(ledger.persons().count(PersonQuery.ALL)).isEqualTo(50);
            assertThat(ledger.stats().placed()).isEqualTo(46);
            // version 7 keeps the location of each counted person's first placement with the count
            Map<JobLocation, Integer> direct = new EnumMap<>(JobLocation.class);
            ledger.database().dsl().select(PLACEMENT.JOB_LOCATION).from(COUNTED_PERSON)
                    .join(PLACEMENT).on(PLACEMENT.ID.eq(COUNTED_PERSON.PLACEMENT_ID))
                    .forEach(r -> direct.merge(JobLocation.valueOf(r.value1()), 1, Integer::sum));
            Map<JobLocation, Integer> figures = ledger.stats().quarter(YearQuarter.parse("2024Q4")).cumulative()
                    .byLocation();
            assertThat(figures.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(46);
            direct.forEach((location, n) -> assertThat(figures.get(location)).as("%s", location).isEqualTo(n));
            assertThat(ledger.imports().batches(0, 10)).singleElement()
                    .satisfies(b -> assertThat(b.fileName()).isEqualTo("unit-placements.xlsx"));
        }
        if (Database.SCHEMA_VERSION > 6) {
            assertThat(zips(dir.resolve("backups").resolve("upgrade"))).as("backed up before the upgrade").hasSize(1);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/" + resource)) {
            assertThat(in).as("fixture %s", resource).isNotNull();
            Files.copy(in, to);
        }
    }

    private static List<Path> zips(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".zip")).toList();
        }
    }
}
