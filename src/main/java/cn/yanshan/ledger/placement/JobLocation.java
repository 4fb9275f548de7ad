package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Optional;

/** 就业地域: where the job is, seen from Yanshan County (文山州, 云南省). */
public enum JobLocation {
    IN_COUNTY("县内"),
    IN_PREFECTURE("州内县外"),
    IN_PROVINCE("省内州外"),
    OUTSIDE_PROVINCE("省外");

    private static final Synonyms<JobLocation> SPELLINGS = Synonyms.<JobLocation>builder()
            .add(IN_COUNTY, "县内", "本县")
            .add(IN_PREFECTURE, "州内县外", "州内")
            .add(IN_PROVINCE, "省内州外", "省内")
            .add(OUTSIDE_PROVINCE, "省外", "外省")
            .build();

    private final String label;

    JobLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts 县内/本县, 州内/州内县外, 省内/省内州外, 省外/外省; anything else is empty. */
    public static Optional<JobLocation> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }
}
