package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.unit.UnitRef;

import java.time.LocalDate;
import java.util.Map;

/**
 * The count toward the current plan's target, as on 总览.
 *
 * @param placed               distinct persons counted (see {@link StatsService})
 * @param share                placed / target (0 when the target is 0), e.g. 0.42
 * @param asOf                 the day the pace is computed for
 * @param remaining            persons still to place, never negative
 * @param remainingQuarters    quarters of the period from asOf's quarter to the end, asOf's included; 0 after the period
 * @param pacePerQuarter       persons to place in each remaining quarter to reach the target (rounded up);
 *                             0 when reached or when no quarter remains
 * @param byQuarter            persons by the quarter of their first placement in the period: every quarter of
 *                             the period, in order; sums to placed
 * @param byTownship           every township in the plan's order, canonical names, 0 included
 * @param byForm               every form, in code order, by the form of the first placement
 * @param byCategory           every category, in code order
 */
public record Summary(long planId, int target, LocalDate periodStart, LocalDate periodEnd, int placed, double share,
                      LocalDate asOf, int remaining, int remainingQuarters, int pacePerQuarter,
                      Map<YearQuarter, Integer> byQuarter, Map<UnitRef, Integer> byTownship,
                      Map<EmploymentForm, Integer> byForm, Map<DisabilityCategory, Integer> byCategory) {

    public Summary {
        byQuarter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byQuarter));
        byTownship = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byTownship));
        byForm = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byForm));
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
    }

    public boolean reached() {
        return placed >= target;
    }
}
