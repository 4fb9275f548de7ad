package cn.yanshan.ledger.report;

import java.time.LocalDateTime;

/** A change made to a locked period (or a lock or unlock), with its reason and the record before and after as JSON. */
public record ChangeLogEntry(long id, long periodId, String entity, Long entityId, LocalDateTime changedAt,
                             String changedBy, String reason, String before, String after) {
}
