package cn.yanshan.ledger.importing;

import java.time.LocalDateTime;

/**
 * One committed import, as 导入记录 lists it.
 *
 * @param unitName the unit that sent the file, or null when not known
 * @param undoneAt when it was undone, or null
 */
public record ImportBatch(long id, String fileName, String sha256, Long unitId, String unitName, String kind,
                          String sheetName, LocalDateTime importedAt, String actor, ImportCounts counts,
                          LocalDateTime undoneAt) {

    public boolean isUndone() {
        return undoneAt != null;
    }
}
