package cn.yanshan.ledger.report;

import java.util.Optional;

/**
 * A period with where it stands: its phase, how many reports are expected (task × lead unit), how many arrived,
 * how many are overdue, and its lock.
 */
public record PeriodOverview(ReportingPeriod period, PeriodPhase phase, int expected, int received, int overdue,
                             Optional<PeriodLock> lock) {

    public boolean locked() {
        return lock.isPresent();
    }
}
