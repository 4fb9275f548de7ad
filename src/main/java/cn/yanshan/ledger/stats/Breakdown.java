package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.unit.UnitRef;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counted persons of some quarters, in total and along each dimension; every map holds every township, form,
 * category and location (0 included) in their order, and each sums to {@code total}.
 */
public record Breakdown(int total, Map<UnitRef, Integer> byTownship, Map<EmploymentForm, Integer> byForm,
                        Map<DisabilityCategory, Integer> byCategory, Map<JobLocation, Integer> byLocation) {

    public Breakdown {
        byTownship = Collections.unmodifiableMap(new LinkedHashMap<>(byTownship));
        byForm = Collections.unmodifiableMap(new LinkedHashMap<>(byForm));
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        byLocation = Collections.unmodifiableMap(new LinkedHashMap<>(byLocation));
    }
}
