package cn.yanshan.ledger.report;

import java.time.LocalDateTime;

/** A locked period: its summary went upward; later changes need a reason and are logged. */
public record PeriodLock(long periodId, LocalDateTime lockedAt, String lockedBy, String note) {
}
