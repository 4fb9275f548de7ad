package cn.yanshan.ledger.placement;

import java.time.LocalDate;

/**
 * A placement as typed in the form or read from a sheet, checked by {@link PlacementService#check}. Texts as written:
 * {@code form} (灵活就业, 种养殖, 4 …), {@code location} (县内, 省外 …), {@code monthlyIncome} (1500, 1,500元),
 * {@code reportingUnit} (a unit name or alias). {@code source} defaults to {@link Placement#SOURCE_TYPED}.
 */
public record PlacementDraft(LocalDate placedOn, String form, String employer, String job, String location,
                             String monthlyIncome, Long taskId, String reportingUnit, boolean verified,
                             LocalDate endedOn, String note, String source, Long importBatchId) {

    public static PlacementDraft of(LocalDate placedOn, String form, String location) {
        return new PlacementDraft(placedOn, form, null, null, location, null, null, null, false, null, null, null, null);
    }

    public static PlacementDraft from(Placement p) {
        return new PlacementDraft(p.placedOn(), p.form().label(), p.employer(), p.job(), p.location().label(),
                p.monthlyIncome() == null ? null : p.monthlyIncome().toPlainString(), p.taskId(),
                p.reportingUnit() == null ? null : p.reportingUnit().name(), p.verified(), p.endedOn(), p.note(),
                p.source(), p.importBatchId());
    }

    public PlacementDraft withPlacedOn(LocalDate v) {
        return new PlacementDraft(v, form, employer, job, location, monthlyIncome, taskId, reportingUnit, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withForm(String v) {
        return new PlacementDraft(placedOn, v, employer, job, location, monthlyIncome, taskId, reportingUnit, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withEmployer(String newEmployer, String newJob) {
        return new PlacementDraft(placedOn, form, newEmployer, newJob, location, monthlyIncome, taskId, reportingUnit,
                verified, endedOn, note, source, importBatchId);
    }

    public PlacementDraft withLocation(String v) {
        return new PlacementDraft(placedOn, form, employer, job, v, monthlyIncome, taskId, reportingUnit, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withIncome(String v) {
        return new PlacementDraft(placedOn, form, employer, job, location, v, taskId, reportingUnit, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withTask(Long v) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, v, reportingUnit, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withReportingUnit(String v) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, taskId, v, verified,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withVerified(boolean v) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, taskId, reportingUnit, v,
                endedOn, note, source, importBatchId);
    }

    public PlacementDraft withEndedOn(LocalDate v) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, taskId, reportingUnit, verified,
                v, note, source, importBatchId);
    }

    public PlacementDraft withNote(String v) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, taskId, reportingUnit, verified,
                endedOn, v, source, importBatchId);
    }

    public PlacementDraft withSource(String newSource, Long newImportBatchId) {
        return new PlacementDraft(placedOn, form, employer, job, location, monthlyIncome, taskId, reportingUnit, verified,
                endedOn, note, newSource, newImportBatchId);
    }
}
