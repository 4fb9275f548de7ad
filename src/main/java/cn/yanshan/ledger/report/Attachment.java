package cn.yanshan.ledger.report;

import java.time.LocalDateTime;

/** A file sent with a report, copied into the data folder; {@code storedPath} is relative to the data folder. */
public record Attachment(long id, long reportId, String originalName, String storedPath, long sizeBytes,
                         String sha256, LocalDateTime addedAt) {
}
