package cn.yanshan.ledger.common;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The value cannot be used; the clerk has to correct it. */
    ERROR("错误"),
    /** The value is used, but the clerk should look at it. */
    WARNING("提醒");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
