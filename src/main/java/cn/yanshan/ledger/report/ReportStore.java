package cn.yanshan.ledger.report;

import cn.yanshan.ledger.db.generated.tables.records.ReportAttachmentRecord;
import cn.yanshan.ledger.db.generated.tables.records.ReportingPeriodRecord;
import cn.yanshan.ledger.db.generated.tables.records.TaskReportRecord;
import cn.yanshan.ledger.unit.UnitRef;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yanshan.ledger.db.generated.Tables.MEASURE_STATUS;
import static cn.yanshan.ledger.db.generated.Tables.PERIOD_CHANGE_LOG;
import static cn.yanshan.ledger.db.generated.Tables.PERIOD_LOCK;
import static cn.yanshan.ledger.db.generated.Tables.REPORTING_PERIOD;
import static cn.yanshan.ledger.db.generated.Tables.REPORT_ATTACHMENT;
import static cn.yanshan.ledger.db.generated.Tables.REPORT_CONTRIBUTION;
import static cn.yanshan.ledger.db.generated.Tables.REPORT_FIGURE;
import static cn.yanshan.ledger.db.generated.Tables.TASK_REPORT;
import static cn.yanshan.ledger.db.generated.Tables.UNIT;

/** The only code that reads and writes the reporting tables. */
public final class ReportStore {

    /** A report's identity and arrival, enough for the matrix. */
    record ReportHead(long id, ReportKey key, LocalDate receivedOn) {
    }

    /** A measure's recorded status in a period. */
    record StatusRow(long measureId, MeasureStatus status, String note, LocalDateTime updatedAt) {
    }

    // ---- periods and locks

    public List<ReportingPeriod> periods(DSLContext dsl, long planId) {
        return dsl.selectFrom(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.PLAN_ID.eq(planId))
                .orderBy(REPORTING_PERIOD.PLAN_YEAR, REPORTING_PERIOD.QUARTER)
                .fetch(ReportStore::toPeriod);
    }

    public Optional<ReportingPeriod> period(DSLContext dsl, long periodId) {
        return dsl.selectFrom(REPORTING_PERIOD).where(REPORTING_PERIOD.ID.eq(periodId)).fetchOptional(ReportStore::toPeriod);
    }

    public Map<Long, PeriodLock> locks(DSLContext dsl, long planId) {
        Map<Long, PeriodLock> out = new HashMap<>();
        dsl.select(PERIOD_LOCK.fields()).from(PERIOD_LOCK)
                .join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(PERIOD_LOCK.PERIOD_ID))
                .where(REPORTING_PERIOD.PLAN_ID.eq(planId))
                .forEach(r -> out.put(r.get(PERIOD_LOCK.PERIOD_ID), new PeriodLock(r.get(PERIOD_LOCK.PERIOD_ID),
                        r.get(PERIOD_LOCK.LOCKED_AT), r.get(PERIOD_LOCK.LOCKED_BY), r.get(PERIOD_LOCK.NOTE))));
        return out;
    }

    public Optional<PeriodLock> lock(DSLContext dsl, long periodId) {
        return dsl.selectFrom(PERIOD_LOCK).where(PERIOD_LOCK.PERIOD_ID.eq(periodId))
                .fetchOptional(r -> new PeriodLock(r.getPeriodId(), r.getLockedAt(), r.getLockedBy(), r.getNote()));
    }

    public void insertLock(DSLContext dsl, PeriodLock lock) {
        dsl.insertInto(PERIOD_LOCK)
                .set(PERIOD_LOCK.PERIOD_ID, lock.periodId())
                .set(PERIOD_LOCK.LOCKED_AT, lock.lockedAt())
                .set(PERIOD_LOCK.LOCKED_BY, lock.lockedBy())
                .set(PERIOD_LOCK.NOTE, lock.note())
                .execute();
    }

    public void deleteLock(DSLContext dsl, long periodId) {
        dsl.deleteFrom(PERIOD_LOCK).where(PERIOD_LOCK.PERIOD_ID.eq(periodId)).execute();
    }

    // ---- reports

    /** Every report of the plan's periods: id, key and arrival. */
    public List<ReportHead> heads(DSLContext dsl, long planId) {
        return dsl.select(TASK_REPORT.ID, TASK_REPORT.TASK_ID, TASK_REPORT.UNIT_ID, TASK_REPORT.PERIOD_ID, TASK_REPORT.RECEIVED_ON)
                .from(TASK_REPORT).join(REPORTING_PERIOD).on(REPORTING_PERIOD.ID.eq(TASK_REPORT.PERIOD_ID))
                .where(REPORTING_PERIOD.PLAN_ID.eq(planId))
                .fetch(r -> new ReportHead(r.value1(), new ReportKey(r.value2(), r.value3(), r.value4()), r.value5()));
    }

    public Optional<Long> reportId(DSLContext dsl, ReportKey key) {
        return dsl.select(TASK_REPORT.ID).from(TASK_REPORT)
                .where(TASK_REPORT.TASK_ID.eq(key.taskId()), TASK_REPORT.UNIT_ID.eq(key.unitId()),
                        TASK_REPORT.PERIOD_ID.eq(key.periodId()))
                .fetchOptional(r -> r.value1());
    }

    public Optional<TaskReport> report(DSLContext dsl, long reportId) {
        TaskReportRecord r = dsl.selectFrom(TASK_REPORT).where(TASK_REPORT.ID.eq(reportId)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<Figure> figures = dsl.selectFrom(REPORT_FIGURE).where(REPORT_FIGURE.REPORT_ID.eq(reportId))
                .orderBy(REPORT_FIGURE.SORT_ORDER, REPORT_FIGURE.ID)
                .fetch(f -> new Figure(f.getFigureName(), f.getAmount(), f.getUnitLabel()));
        List<Contribution> contributions = dsl.select(UNIT.ID, UNIT.NAME, REPORT_CONTRIBUTION.CONTENT)
                .from(REPORT_CONTRIBUTION).join(UNIT).on(UNIT.ID.eq(REPORT_CONTRIBUTION.UNIT_ID))
                .where(REPORT_CONTRIBUTION.REPORT_ID.eq(reportId))
                .orderBy(REPORT_CONTRIBUTION.SORT_ORDER, REPORT_CONTRIBUTION.ID)
                .fetch(c -> new Contribution(new UnitRef(c.value1(), c.value2()), c.value3()));
        List<Attachment> attachments = dsl.selectFrom(REPORT_ATTACHMENT).where(REPORT_ATTACHMENT.REPORT_ID.eq(reportId))
                .orderBy(REPORT_ATTACHMENT.ADDED_AT, REPORT_ATTACHMENT.ID)
                .fetch(ReportStore::toAttachment);
        return Optional.of(new TaskReport(r.getId(), new ReportKey(r.getTaskId(), r.getUnitId(), r.getPeriodId()),
                r.getReceivedOn(), r.getProgress(), r.getProblems(), r.getNextSteps(), figures, contributions, attachments,
                r.getCreatedAt(), r.getUpdatedAt()));
    }

    public long insertReport(DSLContext dsl, ReportKey key, LocalDateTime now) {
        return dsl.insertInto(TASK_REPORT)
                .set(TASK_REPORT.TASK_ID, key.taskId())
                .set(TASK_REPORT.UNIT_ID, key.unitId())
                .set(TASK_REPORT.PERIOD_ID, key.periodId())
                .set(TASK_REPORT.CREATED_AT, now)
                .set(TASK_REPORT.UPDATED_AT, now)
                .returningResult(TASK_REPORT.ID)
                .fetchOne().value1();
    }

    /** Writes a report's date, texts, figures and contributions (which replace the old ones). */
    public void updateReport(DSLContext dsl, long reportId, ReportDraft draft, LocalDateTime now) {
        dsl.update(TASK_REPORT)
                .set(TASK_REPORT.RECEIVED_ON, draft.receivedOn())
                .set(TASK_REPORT.PROGRESS, draft.progress())
                .set(TASK_REPORT.PROBLEMS, draft.problems())
                .set(TASK_REPORT.NEXT_STEPS, draft.nextSteps())
                .set(TASK_REPORT.UPDATED_AT, now)
                .where(TASK_REPORT.ID.eq(reportId))
                .execute();
        dsl.deleteFrom(REPORT_FIGURE).where(REPORT_FIGURE.REPORT_ID.eq(reportId)).execute();
        int order = 1;
        for (Figure f : draft.figures()) {
            dsl.insertInto(REPORT_FIGURE)
                    .set(REPORT_FIGURE.REPORT_ID, reportId)
                    .set(REPORT_FIGURE.SORT_ORDER, order++)
                    .set(REPORT_FIGURE.FIGURE_NAME, f.name())
                    .set(REPORT_FIGURE.AMOUNT, f.amount())
                    .set(REPORT_FIGURE.UNIT_LABEL, f.unitLabel())
                    .execute();
        }
        dsl.deleteFrom(REPORT_CONTRIBUTION).where(REPORT_CONTRIBUTION.REPORT_ID.eq(reportId)).execute();
        order = 1;
        for (ReportDraft.ContributionDraft c : draft.contributions()) {
            dsl.insertInto(REPORT_CONTRIBUTION)
                    .set(REPORT_CONTRIBUTION.REPORT_ID, reportId)
                    .set(REPORT_CONTRIBUTION.UNIT_ID, c.unitId())
                    .set(REPORT_CONTRIBUTION.SORT_ORDER, order++)
                    .set(REPORT_CONTRIBUTION.CONTENT, c.content())
                    .execute();
        }
    }

    public void touchReport(DSLContext dsl, long reportId, LocalDateTime now) {
        dsl.update(TASK_REPORT).set(TASK_REPORT.UPDATED_AT, now).where(TASK_REPORT.ID.eq(reportId)).execute();
    }

    // ---- attachments

    public long insertAttachment(DSLContext dsl, long reportId, String originalName, String storedPath, long size,
                                 String sha256, LocalDateTime now) {
        return dsl.insertInto(REPORT_ATTACHMENT)
                .set(REPORT_ATTACHMENT.REPORT_ID, reportId)
                .set(REPORT_ATTACHMENT.ORIGINAL_NAME, originalName)
                .set(REPORT_ATTACHMENT.STORED_PATH, storedPath)
                .set(REPORT_ATTACHMENT.SIZE_BYTES, size)
                .set(REPORT_ATTACHMENT.SHA256, sha256)
                .set(REPORT_ATTACHMENT.ADDED_AT, now)
                .returningResult(REPORT_ATTACHMENT.ID)
                .fetchOne().value1();
    }

    public Optional<Attachment> attachment(DSLContext dsl, long attachmentId) {
        return dsl.selectFrom(REPORT_ATTACHMENT).where(REPORT_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(ReportStore::toAttachment);
    }

    public boolean storedPathInUse(DSLContext dsl, String storedPath) {
        return dsl.fetchExists(dsl.selectFrom(REPORT_ATTACHMENT).where(REPORT_ATTACHMENT.STORED_PATH.eq(storedPath)));
    }

    public void deleteAttachment(DSLContext dsl, long attachmentId) {
        dsl.deleteFrom(REPORT_ATTACHMENT).where(REPORT_ATTACHMENT.ID.eq(attachmentId)).execute();
    }

    // ---- measure statuses

    /** The recorded statuses of a period: measure id → row. */
    public Map<Long, StatusRow> statuses(DSLContext dsl, long periodId) {
        Map<Long, StatusRow> out = new HashMap<>();
        dsl.selectFrom(MEASURE_STATUS).where(MEASURE_STATUS.PERIOD_ID.eq(periodId))
                .forEach(r -> out.put(r.getMeasureId(), new StatusRow(r.getMeasureId(),
                        MeasureStatus.valueOf(r.getStatus()), r.getNote(), r.getUpdatedAt())));
        return out;
    }

    public void saveStatus(DSLContext dsl, long measureId, long periodId, MeasureStatus status, String note,
                           LocalDateTime now) {
        int updated = dsl.update(MEASURE_STATUS)
                .set(MEASURE_STATUS.STATUS, status.name())
                .set(MEASURE_STATUS.NOTE, note)
                .set(MEASURE_STATUS.UPDATED_AT, now)
                .where(MEASURE_STATUS.MEASURE_ID.eq(measureId), MEASURE_STATUS.PERIOD_ID.eq(periodId))
                .execute();
        if (updated == 0) {
            dsl.insertInto(MEASURE_STATUS)
                    .set(MEASURE_STATUS.MEASURE_ID, measureId)
                    .set(MEASURE_STATUS.PERIOD_ID, periodId)
                    .set(MEASURE_STATUS.STATUS, status.name())
                    .set(MEASURE_STATUS.NOTE, note)
                    .set(MEASURE_STATUS.UPDATED_AT, now)
                    .execute();
        }
    }

    public void deleteStatus(DSLContext dsl, long measureId, long periodId) {
        dsl.deleteFrom(MEASURE_STATUS)
                .where(MEASURE_STATUS.MEASURE_ID.eq(measureId), MEASURE_STATUS.PERIOD_ID.eq(periodId))
                .execute();
    }

    // ---- change log

    public void insertChange(DSLContext dsl, ChangeLogEntry e) {
        dsl.insertInto(PERIOD_CHANGE_LOG)
                .set(PERIOD_CHANGE_LOG.PERIOD_ID, e.periodId())
                .set(PERIOD_CHANGE_LOG.ENTITY, e.entity())
                .set(PERIOD_CHANGE_LOG.ENTITY_ID, e.entityId())
                .set(PERIOD_CHANGE_LOG.CHANGED_AT, e.changedAt())
                .set(PERIOD_CHANGE_LOG.CHANGED_BY, e.changedBy())
                .set(PERIOD_CHANGE_LOG.REASON, e.reason())
                .set(PERIOD_CHANGE_LOG.BEFORE_TEXT, e.before())
                .set(PERIOD_CHANGE_LOG.AFTER_TEXT, e.after())
                .execute();
    }

    public List<ChangeLogEntry> changes(DSLContext dsl, long periodId) {
        return dsl.selectFrom(PERIOD_CHANGE_LOG).where(PERIOD_CHANGE_LOG.PERIOD_ID.eq(periodId))
                .orderBy(PERIOD_CHANGE_LOG.CHANGED_AT, PERIOD_CHANGE_LOG.ID)
                .fetch(r -> new ChangeLogEntry(r.getId(), r.getPeriodId(), r.getEntity(), r.getEntityId(),
                        r.getChangedAt(), r.getChangedBy(), r.getReason(), r.getBeforeText(), r.getAfterText()));
    }

    private static ReportingPeriod toPeriod(ReportingPeriodRecord r) {
        return new ReportingPeriod(r.getId(), r.getPlanId(), r.getPlanYear(), r.getQuarter(),
                r.getStartsOn(), r.getEndsOn(), r.getDueOn());
    }

    private static Attachment toAttachment(ReportAttachmentRecord a) {
        return new Attachment(a.getId(), a.getReportId(), a.getOriginalName(), a.getStoredPath(), a.getSizeBytes(),
                a.getSha256(), a.getAddedAt());
    }
}
