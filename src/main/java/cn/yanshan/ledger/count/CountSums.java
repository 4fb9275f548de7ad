package cn.yanshan.ledger.count;

import java.time.LocalDate;
import java.util.Map;

/**
 * The count of one plan summed along each dimension, by stored code: quarter (its first day), township unit id,
 * employment form code, disability category code. Each map sums to {@code total}.
 */
public record CountSums(int total, Map<LocalDate, Integer> byQuarterStart, Map<Long, Integer> byTownshipId,
                        Map<Integer, Integer> byFormCode, Map<Integer, Integer> byCategoryCode) {

    public CountSums {
        byQuarterStart = Map.copyOf(byQuarterStart);
        byTownshipId = Map.copyOf(byTownshipId);
        byFormCode = Map.copyOf(byFormCode);
        byCategoryCode = Map.copyOf(byCategoryCode);
    }
}
