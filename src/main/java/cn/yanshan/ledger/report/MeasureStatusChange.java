package cn.yanshan.ledger.report;

/** A measure's new status in a period (null clears it) and its note. */
public record MeasureStatusChange(long measureId, MeasureStatus status, String note) {
}
