package cn.yanshan.ledger.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/** What a backup file holds, read from its manifest: when it was made, why, and how many rows each table had. */
public record BackupInfo(Path file, LocalDateTime madeAt, String reason, String appVersion, int schemaVersion,
                         Map<String, Long> rowCounts) {

    public BackupInfo {
        rowCounts = Map.copyOf(rowCounts);
    }

    public long rows(String table) {
        return rowCounts.getOrDefault(table, 0L);
    }
}
