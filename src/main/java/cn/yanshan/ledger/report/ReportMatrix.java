package cn.yanshan.ledger.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every task × lead unit of the plan with its report's status in one period, as seen on {@code today}. */
public record ReportMatrix(ReportingPeriod period, LocalDate today, Optional<PeriodLock> lock, List<MatrixCell> cells) {

    public ReportMatrix {
        cells = List.copyOf(cells);
    }

    public long count(ReportStatus status) {
        return cells.stream().filter(c -> c.status() == status).count();
    }

    public long receivedCount() {
        return cells.stream().filter(c -> c.status().received()).count();
    }

    public Optional<MatrixCell> cell(long taskId, long unitId) {
        return cells.stream().filter(c -> c.key().taskId() == taskId && c.key().unitId() == unitId).findFirst();
    }
}
