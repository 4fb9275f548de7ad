package cn.yanshan.ledger.report;

import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.unit.UnitRef;

import java.time.LocalDate;

/** One cell of the matrix: a task's lead unit in a period, with the report's status and the day it arrived. */
public record MatrixCell(ReportKey key, Task task, UnitRef unit, ReportStatus status, LocalDate receivedOn,
                         boolean hasReport) {
}
