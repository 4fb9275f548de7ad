package cn.yanshan.ledger.security;

/** What an account may do. */
public enum Role {
    /** 管理员: everything, including accounts, restore and settings */
    ADMIN("管理员"),
    /** 办事员: the daily work: enter, import, export */
    CLERK("办事员"),
    /** 只读: a leader who looks at 总览 and exports */
    READ_ONLY("只读");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
