package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Synonyms;

import java.util.Optional;

/** 就业状态 of a person. */
public enum EmploymentStatus {
    EMPLOYED("已就业"),
    NOT_EMPLOYED("未就业"),
    UNKNOWN("未登记");

    private static final Synonyms<EmploymentStatus> SPELLINGS = Synonyms.<EmploymentStatus>builder()
            .add(EMPLOYED, "已就业", "就业", "在岗")
            .add(NOT_EMPLOYED, "未就业", "失业", "无业")
            .add(UNKNOWN, "未登记", "不详", "未知")
            .build();

    private final String label;

    EmploymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EmploymentStatus> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }
}
