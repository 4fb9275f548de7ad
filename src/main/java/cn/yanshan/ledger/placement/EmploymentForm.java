package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.common.Synonyms;
import java.util.Arrays;
import java.util.Optional;

/**
 * 就业形式, the seven forms coded in the national registration form
 * (残疾人基本服务状况和需求信息数据动态更新).
 */
public enum EmploymentForm {
    PROPORTIONAL(1, "按比例就业", "按比例就业"),
    CONCENTRATED(2, "集中就业", "集中就业"),
    SELF_EMPLOYED(3, "个体就业（含自主创业）", "个体就业"),
    PUBLIC_WELFARE_POST(4, "公益性岗位就业", "公益性岗位就业"),
    AUXILIARY(5, "辅助性就业", "辅助性就业"),
    RURAL_FARMING(6, "农村种养加", "农村种养加"),
    FLEXIBLE(7, "灵活就业（含社区、居家就业）", "灵活就业");

    /**
     * Spellings units use that name one form beyond doubt. Deliberately absent: 转移就业 and
     * 外出务工 (not an official form), 自主就业 (self-employed or flexible?), 网络就业 and 电商
     * (a shop of one's own or flexible work?), 盲人按摩 (an institution or a parlour of one's own?).
     */
    private static final Synonyms<EmploymentForm> SPELLINGS = officialSpellings()
            .add(PROPORTIONAL, "按比例", "按比例安排就业", "按比例安排残疾人就业")
            .add(CONCENTRATED, "集中安置", "集中安置就业", "福利企业", "福利企业就业")
            .add(SELF_EMPLOYED, "个体", "个体户", "个体工商户", "自主创业")
            .add(PUBLIC_WELFARE_POST, "公益性岗位", "公益岗", "公益岗位")
            .add(AUXILIARY, "辅助性", "辅助就业", "庇护性就业")
            .add(RURAL_FARMING, "农村种养殖", "农村种养", "种养加", "种养殖", "种植养殖", "种植", "养殖")
            .add(FLEXIBLE, "居家就业", "社区就业")
            .build();

    private final int code;
    private final String label;
    private final String shortLabel;

    EmploymentForm(int code, String label, String shortLabel) {
        this.code = code;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public int code() {
        return code;
    }

    /** The official label, e.g. 个体就业（含自主创业）. */
    public String label() {
        return label;
    }

    /** The label without its parenthesis, e.g. 个体就业; for narrow columns. */
    public String shortLabel() {
        return shortLabel;
    }

    public static Optional<EmploymentForm> fromCode(int code) {
        return Arrays.stream(values()).filter(f -> f.code == code).findFirst();
    }

    /**
     * The form a unit's spelling names: official label, short label, code digit or a usual
     * synonym, with brackets, commas and spaces in either width. Anything else is empty, never a guess.
     */
    public static Optional<EmploymentForm> parse(String raw) {
        return SPELLINGS.lookup(raw);
    }

    private static Synonyms.Builder<EmploymentForm> officialSpellings() {
        Synonyms.Builder<EmploymentForm> builder = Synonyms.builder();
        for (EmploymentForm form : values()) {
            builder.add(form, String.valueOf(form.code), form.label, form.shortLabel);
        }
        return builder;
    }
}
