package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.unit.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 就业登记: one placement of a person. Nullable: employer, job, monthlyIncome, taskId, reportingUnit, importBatchId,
 * endedOn, note, deletedAt.
 */
public record Placement(long id, long personId, LocalDate placedOn, EmploymentForm form, String employer, String job,
                        JobLocation location, BigDecimal monthlyIncome, Long taskId, UnitRef reportingUnit,
                        String source, Long importBatchId, boolean verified, LocalDate endedOn, String note,
                        LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime deletedAt) {

    /** Typed in by the clerk; an import writes its own source. */
    public static final String SOURCE_TYPED = "录入";

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The fields as the audit log keeps them. */
    public Map<String, Object> auditValues() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", personId);
        m.put("placedOn", placedOn.toString());
        m.put("form", form.shortLabel());
        m.put("employer", employer);
        m.put("job", job);
        m.put("location", location.label());
        m.put("monthlyIncome", monthlyIncome == null ? null : monthlyIncome.toPlainString());
        m.put("taskId", taskId);
        m.put("reportingUnit", reportingUnit == null ? null : reportingUnit.name());
        m.put("source", source);
        m.put("importBatchId", importBatchId);
        m.put("verified", verified);
        m.put("endedOn", endedOn == null ? null : endedOn.toString());
        m.put("note", note);
        m.put("deletedAt", deletedAt == null ? null : deletedAt.toString());
        return m;
    }
}
