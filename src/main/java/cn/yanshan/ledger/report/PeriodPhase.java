package cn.yanshan.ledger.report;

/** Where a reporting period stands on a given day. */
public enum PeriodPhase {
    /** the quarter has not begun */
    NOT_STARTED("未开始"),
    /** inside the quarter */
    RUNNING("季度进行中"),
    /** the quarter is over, reports not yet due */
    REPORTING("报送中"),
    /** the due date has passed */
    PAST_DUE("已过截止日");

    private final String label;

    PeriodPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
