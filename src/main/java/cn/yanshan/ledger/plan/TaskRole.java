package cn.yanshan.ledger.plan;

/** A unit's role in a task. */
public enum TaskRole {
    /** 牵头单位 */
    LEAD("牵头单位"),
    /** 责任单位 (配合单位) */
    RESPONSIBLE("责任单位");

    private final String label;

    TaskRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
