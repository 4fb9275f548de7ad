package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Optional;

/** 性别. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private static final Synonyms<Gender> SPELLINGS = Synonyms.<Gender>builder()
            .add(MALE, "男", "男性", "1")
            .add(FEMALE, "女", "女性", "2")
            .build();

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts 男/女, 男性/女性 and the codes 1/2; anything else is empty. */
    public static Optional<Gender> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }
}
