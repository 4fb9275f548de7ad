package cn.yanshan.ledger.report;

/** A measure's status in a period. */
public enum MeasureStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    ONGOING("持续推进");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
