package cn.yanshan.ledger.report;

import cn.yanshan.ledger.unit.UnitRef;

import java.util.List;

/**
 * 催报: a lead unit whose reports for a period are overdue or due soon, how to reach it, and the reminder text to
 * copy into a message.
 */
public record UnitReminder(UnitRef unit, String contactPerson, String phone, String email, ReportingPeriod period,
                           List<MatrixCell> cells, String text) {

    public UnitReminder {
        cells = List.copyOf(cells);
    }

    /** OVERDUE when any of its reports is overdue, else DUE_SOON. */
    public ReportStatus status() {
        return cells.stream().anyMatch(c -> c.status() == ReportStatus.OVERDUE) ? ReportStatus.OVERDUE : ReportStatus.DUE_SOON;
    }
}
