package cn.yanshan.ledger.report;

/** Names one report: a task, one of its lead units and a period. */
public record ReportKey(long taskId, long unitId, long periodId) {
}
