package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Arrays;
import java.util.Optional;

/** 残疾类别, with the code used in the 19th character of the certificate number. */
public enum DisabilityCategory {
    VISUAL(1, "视力"),
    HEARING(2, "听力"),
    SPEECH(3, "言语"),
    PHYSICAL(4, "肢体"),
    INTELLECTUAL(5, "智力"),
    MENTAL(6, "精神"),
    MULTIPLE(7, "多重");

    private static final Synonyms<DisabilityCategory> SPELLINGS = spellings();

    private final int code;
    private final String label;

    DisabilityCategory(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** 视力, 听力 … */
    public String label() {
        return label;
    }

    /** 视力残疾, 听力残疾 … */
    public String fullLabel() {
        return label + "残疾";
    }

    public static Optional<DisabilityCategory> fromCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }

    /** Accepts the label (视力), the full form (视力残疾) and the code digit (1); anything else is empty. */
    public static Optional<DisabilityCategory> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }

    private static Synonyms<DisabilityCategory> spellings() {
        Synonyms.Builder<DisabilityCategory> builder = Synonyms.builder();
        for (DisabilityCategory c : values()) {
            builder.add(c, c.label, c.fullLabel(), String.valueOf(c.code));
        }
        return builder.build();
    }
}
