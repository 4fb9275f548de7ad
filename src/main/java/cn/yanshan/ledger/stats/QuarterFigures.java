package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.common.YearQuarter;

/**
 * The count toward the target as a quarterly summary gives it: persons first placed in the quarter, and cumulative
 * from the plan's start to the quarter's end, against the target.
 */
public record QuarterFigures(YearQuarter quarter, int target, Breakdown inQuarter, Breakdown cumulative) {

    /** Persons still to place after this quarter, never negative. */
    public int remaining() {
        return Math.max(0, target - cumulative.total());
    }

    /** Cumulative / target, 0 when the target is 0. */
    public double share() {
        return target == 0 ? 0 : (double) cumulative.total() / target;
    }
}
