package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.db.Ids;
import cn.yanshan.ledger.db.JdbcBatch;
import cn.yanshan.ledger.db.generated.tables.records.PlacementRecord;
import cn.yanshan.ledger.unit.UnitRef;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.LongFunction;

import static cn.yanshan.ledger.db.generated.Tables.PLACEMENT;

/** The only code that reads and writes the placement table. */
public final class PlacementStore {

    private final LongFunction<UnitRef> unitNames;

    /** @param unitNames a unit's name by its id (the unit service's snapshot) */
    public PlacementStore(LongFunction<UnitRef> unitNames) {
        this.unitNames = unitNames;
    }

    public long insert(DSLContext dsl, PlacementData p, LocalDateTime now) {
        PlacementRecord r = dsl.newRecord(PLACEMENT);
        fill(r, p);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    /** Writes many placements as one JDBC batch; for bulk loads. */
    public void insertBatch(DSLContext dsl, List<PlacementData> placements, LocalDateTime now) {
        JdbcBatch.insertFilled(dsl, PLACEMENT, Set.of(PLACEMENT.ID, PLACEMENT.DELETED_AT), placements, (r, p) -> {
            fill(r, p);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
        });
    }

    public void update(DSLContext dsl, long id, PlacementData p, LocalDateTime now) {
        PlacementRecord r = dsl.fetchSingle(PLACEMENT, PLACEMENT.ID.eq(id));
        fill(r, p);
        r.setUpdatedAt(now);
        r.store();
    }

    public void setDeleted(DSLContext dsl, long id, LocalDateTime deletedAt, LocalDateTime now) {
        dsl.update(PLACEMENT).set(PLACEMENT.DELETED_AT, deletedAt).set(PLACEMENT.UPDATED_AT, now)
                .where(PLACEMENT.ID.eq(id)).execute();
    }

    public Optional<Placement> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(PLACEMENT).where(PLACEMENT.ID.eq(id)).fetchOptional(this::toPlacement);
    }

    /** A person's placements that are not deleted, oldest first. */
    public List<Placement> ofPerson(DSLContext dsl, long personId) {
        return dsl.selectFrom(PLACEMENT)
                .where(PLACEMENT.PERSON_ID.eq(personId), PLACEMENT.DELETED_AT.isNull())
                .orderBy(PLACEMENT.PLACED_ON, PLACEMENT.ID)
                .fetch(this::toPlacement);
    }

    /**
     * The placements (not deleted) of these persons dated in [from, to] (null: unbounded), by person, then date and
     * the order they were logged.
     */
    public List<Placement> ofPersons(DSLContext dsl, Collection<Long> personIds, LocalDate from, LocalDate to) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Condition> where = new ArrayList<>();
        where.add(Ids.in(PLACEMENT.PERSON_ID, personIds));
        where.add(PLACEMENT.DELETED_AT.isNull());
        if (from != null) {
            where.add(PLACEMENT.PLACED_ON.ge(from));
        }
        if (to != null) {
            where.add(PLACEMENT.PLACED_ON.le(to));
        }
        return dsl.selectFrom(PLACEMENT).where(where)
                .orderBy(PLACEMENT.PERSON_ID, PLACEMENT.PLACED_ON, PLACEMENT.ID)
                .fetch(this::toPlacement);
    }

    public Map<Long, Placement> byIds(DSLContext dsl, Collection<Long> ids) {
        Map<Long, Placement> out = new HashMap<>();
        if (!ids.isEmpty()) {
            Ids.fetch(dsl, PLACEMENT, PLACEMENT.ID, ids).forEach(r -> out.put(r.getId(), toPlacement(r)));
        }
        return out;
    }

    public List<Placement> deleted(DSLContext dsl, int offset, int limit) {
        return dsl.selectFrom(PLACEMENT).where(PLACEMENT.DELETED_AT.isNotNull())
                .orderBy(PLACEMENT.DELETED_AT.desc(), PLACEMENT.ID.desc())
                .limit(limit).offset(offset)
                .fetch(this::toPlacement);
    }

    /** Removes for good the placements an import batch wrote (the import undone); returns how many. */
    public int deleteOfBatch(DSLContext dsl, long batchId) {
        return dsl.deleteFrom(PLACEMENT).where(PLACEMENT.IMPORT_BATCH_ID.eq(batchId)).execute();
    }

    /** How many placements of these persons came from elsewhere than the batch (typed in, another import). */
    public int countOfPersonsOutsideBatch(DSLContext dsl, java.util.Collection<Long> personIds, long batchId) {
        int n = 0;
        for (List<Long> ids : Ids.slices(personIds)) {
            n += dsl.fetchCount(PLACEMENT, Ids.in(PLACEMENT.PERSON_ID, ids),
                    PLACEMENT.IMPORT_BATCH_ID.isNull().or(PLACEMENT.IMPORT_BATCH_ID.ne(batchId)));
        }
        return n;
    }

    public int countDeleted(DSLContext dsl) {
        return dsl.fetchCount(PLACEMENT, PLACEMENT.DELETED_AT.isNotNull());
    }

    public int countAll(DSLContext dsl) {
        return dsl.fetchCount(PLACEMENT);
    }

    private static void fill(PlacementRecord r, PlacementData p) {
        r.setPersonId(p.personId());
        r.setPlacedOn(p.placedOn());
        r.setEmploymentForm(p.form().code());
        r.setEmployer(p.employer());
        r.setJob(p.job());
        r.setJobLocation(p.location().name());
        r.setMonthlyIncome(p.monthlyIncome());
        r.setTaskId(p.taskId());
        r.setReportingUnitId(p.reportingUnitId());
        r.setSource(p.source() == null ? Placement.SOURCE_TYPED : p.source());
        r.setImportBatchId(p.importBatchId());
        r.setVerified(p.verified());
        r.setEndedOn(p.endedOn());
        r.setNote(p.note());
    }

    private Placement toPlacement(PlacementRecord r) {
        return new Placement(r.getId(), r.getPersonId(), r.getPlacedOn(),
                EmploymentForm.fromCode(r.getEmploymentForm()).orElseThrow(), r.getEmployer(), r.getJob(),
                JobLocation.valueOf(r.getJobLocation()), r.getMonthlyIncome(), r.getTaskId(),
                r.getReportingUnitId() == null ? null : unitNames.apply(r.getReportingUnitId()),
                r.getSource(), r.getImportBatchId(), Boolean.TRUE.equals(r.getVerified()), r.getEndedOn(), r.getNote(),
                r.getCreatedAt(), r.getUpdatedAt(), r.getDeletedAt());
    }
}
