package cn.yanshan.ledger.count;

import java.time.LocalDate;

/**
 * A person counted toward a plan's target, with their first placement inside the plan's period.
 * Codes as stored: employment form 1–7, disability category 1–7, the placement's location as {@code job_location}.
 */
public record CountedRow(long personId, long placementId, LocalDate firstPlacedOn, int formCode,
                         long townshipId, int categoryCode, String location) {

    public LocalDate quarterStart() {
        return firstPlacedOn.withMonth((firstPlacedOn.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    }
}
