package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Arrays;
import java.util.Optional;

/** 残疾等级: 一级 is the most severe, 四级 the mildest. */
public enum DisabilityLevel {
    ONE(1, "一"),
    TWO(2, "二"),
    THREE(3, "三"),
    FOUR(4, "四");

    private static final Synonyms<DisabilityLevel> SPELLINGS = spellings();

    private final int code;
    private final String numeral;

    DisabilityLevel(int code, String numeral) {
        this.code = code;
        this.numeral = numeral;
    }

    public int code() {
        return code;
    }

    /** 一级, 二级 … */
    public String label() {
        return numeral + "级";
    }

    /** Levels 一级 and 二级; such a person counts as two in the employment quota. */
    public boolean isSevere() {
        return code <= 2;
    }

    public static Optional<DisabilityLevel> fromCode(int code) {
        return Arrays.stream(values()).filter(l -> l.code == code).findFirst();
    }

    /** Accepts 1, 一, 一级, 1级, 一级残疾, 1级残疾 and so on; anything else is empty. */
    public static Optional<DisabilityLevel> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }

    private static Synonyms<DisabilityLevel> spellings() {
        Synonyms.Builder<DisabilityLevel> builder = Synonyms.builder();
        for (DisabilityLevel l : values()) {
            String digit = String.valueOf(l.code);
            builder.add(l, digit, l.numeral, l.label(), digit + "级", l.label() + "残疾", digit + "级残疾");
        }
        return builder.build();
    }
}
