package cn.yanshan.ledger.report;

import java.time.LocalDate;

/** Where a lead unit's report on a task stands for a period, seen on a given day. */
public enum ReportStatus {
    /** received on or before the due date */
    RECEIVED("已报送"),
    /** received after the due date */
    LATE("逾期报送"),
    /** not received, due within {@link #DUE_SOON_DAYS} days */
    DUE_SOON("即将到期"),
    /** not received, due date passed */
    OVERDUE("逾期未报"),
    /** not received, not due yet */
    OPEN("未到期");

    /** A report not received is "due soon" from this many days before its due date. */
    public static final int DUE_SOON_DAYS = 7;

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean received() {
        return this == RECEIVED || this == LATE;
    }

    /** Overdue or due soon: the unit is to be reminded. */
    public boolean needsReminder() {
        return this == OVERDUE || this == DUE_SOON;
    }

    /** The status of a report due on {@code dueOn} and received on {@code receivedOn} (null: not yet), seen on {@code today}. */
    public static ReportStatus of(LocalDate receivedOn, LocalDate dueOn, LocalDate today) {
        if (receivedOn != null) {
            return receivedOn.isAfter(dueOn) ? LATE : RECEIVED;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return today.isBefore(dueOn.minusDays(DUE_SOON_DAYS)) ? OPEN : DUE_SOON;
    }
}
