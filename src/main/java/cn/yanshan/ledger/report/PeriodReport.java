package cn.yanshan.ledger.report;

/** A report of a period with its place in the matrix (task, lead unit, status). */
public record PeriodReport(MatrixCell cell, TaskReport report) {
}
