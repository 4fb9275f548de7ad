package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Optional;

/** 未就业原因, as listed in the national registration form. */
public enum NotWorkingReason {
    IN_SCHOOL("在校学习"),
    RETIRED("退休"),
    NOT_WILLING("无意愿就业"),
    NO_SKILLS("无就业技能"),
    UNABLE_TO_WORK("丧失劳动能力"),
    FARMLAND_REQUISITIONED("农用土地被征用"),
    OTHER("其他");

    private static final Synonyms<NotWorkingReason> SPELLINGS = spellings();

    private final String label;

    NotWorkingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the official label and a few unambiguous variants (在校, 已退休, 无就业意愿 …); anything else is empty. */
    public static Optional<NotWorkingReason> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }

    private static Synonyms<NotWorkingReason> spellings() {
        Synonyms.Builder<NotWorkingReason> builder = Synonyms.builder();
        for (NotWorkingReason reason : values()) {
            builder.add(reason, reason.label);
        }
        return builder
                .add(IN_SCHOOL, "在校", "在校生")
                .add(RETIRED, "已退休")
                .add(NOT_WILLING, "无就业意愿")
                .add(UNABLE_TO_WORK, "无劳动能力", "丧失劳动力")
                .add(FARMLAND_REQUISITIONED, "土地被征用", "农用地被征用")
                .add(OTHER, "其它")
                .build();
    }
}
