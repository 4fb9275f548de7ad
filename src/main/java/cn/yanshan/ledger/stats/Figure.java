package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;

/**
 * A figure of the overview whose persons are to be listed: {@code null} parts don't filter, so {@link #ALL} is
 * everybody counted, {@code new Figure(YearQuarter.parse("2023Q1"), null, null, null)} those first placed in that
 * quarter, and the parts combine.
 */
public record Figure(YearQuarter quarter, Long townshipId, EmploymentForm form, DisabilityCategory category) {

    public static final Figure ALL = new Figure(null, null, null, null);

    public static Figure quarter(YearQuarter q) {
        return new Figure(q, null, null, null);
    }

    public static Figure township(long unitId) {
        return new Figure(null, unitId, null, null);
    }

    public static Figure form(EmploymentForm f) {
        return new Figure(null, null, f, null);
    }

    public static Figure category(DisabilityCategory c) {
        return new Figure(null, null, null, c);
    }
}
