package cn.yanshan.ledger.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A placement's checked values as written to the database (by the service, or by a bulk load that checked them). */
public record PlacementData(long personId, LocalDate placedOn, EmploymentForm form, String employer, String job,
                            JobLocation location, BigDecimal monthlyIncome, Long taskId, Long reportingUnitId,
                            String source, Long importBatchId, boolean verified, LocalDate endedOn, String note) {

    public PlacementData withPersonId(long id) {
        return new PlacementData(id, placedOn, form, employer, job, location, monthlyIncome, taskId, reportingUnitId,
                source, importBatchId, verified, endedOn, note);
    }
}
