package cn.yanshan.ledger.report;

import cn.yanshan.ledger.plan.Measure;

import java.time.LocalDateTime;

/** A measure's status in a period; {@code status} is null while none was recorded. */
public record MeasureProgress(Measure measure, long periodId, MeasureStatus status, String note, LocalDateTime updatedAt) {

    public boolean recorded() {
        return status != null;
    }
}
