package cn.yanshan.ledger.count;

import cn.yanshan.ledger.db.Ids;
import cn.yanshan.ledger.db.JdbcBatch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import static cn.yanshan.ledger.db.generated.Tables.COUNTED_PERSON;
import static cn.yanshan.ledger.db.generated.Tables.COUNT_CELL;
import static cn.yanshan.ledger.db.generated.Tables.PERSON;
import static cn.yanshan.ledger.db.generated.Tables.PLACEMENT;

/**
 * The only code that writes the derived count tables ({@code counted_person}, {@code count_cell}). To compute them
 * it reads {@code person} and {@code placement}, never writes them.
 */
public final class CountStore {

    public Optional<CountedRow> counted(DSLContext dsl, long planId, long personId) {
        return dsl.selectFrom(COUNTED_PERSON)
                .where(COUNTED_PERSON.PLAN_ID.eq(planId), COUNTED_PERSON.PERSON_ID.eq(personId))
                .fetchOptional(CountStore::toRow);
    }

    /** Adds {@code delta} to a cell, made when missing; a cell that reaches 0 is removed. */
    private void addToCell(DSLContext dsl, long planId, CellKey cell, int delta) {
        Condition key = COUNT_CELL.PLAN_ID.eq(planId)
                .and(COUNT_CELL.QUARTER_START.eq(cell.quarterStart()))
                .and(COUNT_CELL.TOWNSHIP_UNIT_ID.eq(cell.townshipId()))
                .and(COUNT_CELL.EMPLOYMENT_FORM.eq(cell.formCode()))
                .and(COUNT_CELL.DISABILITY_CATEGORY.eq(cell.categoryCode()))
                .and(COUNT_CELL.JOB_LOCATION.eq(cell.location()));
        int updated = dsl.update(COUNT_CELL).set(COUNT_CELL.PERSONS, COUNT_CELL.PERSONS.plus(delta)).where(key).execute();
        if (updated == 0) {
            if (delta < 0) {
                throw new IllegalStateException("count cell missing for " + cell);
            }
            dsl.insertInto(COUNT_CELL)
                    .set(COUNT_CELL.PLAN_ID, planId)
                    .set(COUNT_CELL.QUARTER_START, cell.quarterStart())
                    .set(COUNT_CELL.TOWNSHIP_UNIT_ID, cell.townshipId())
                    .set(COUNT_CELL.EMPLOYMENT_FORM, cell.formCode())
                    .set(COUNT_CELL.DISABILITY_CATEGORY, cell.categoryCode())
                    .set(COUNT_CELL.JOB_LOCATION, cell.location())
                    .set(COUNT_CELL.PERSONS, delta)
                    .execute();
        } else if (delta < 0) {
            dsl.deleteFrom(COUNT_CELL).where(key.and(COUNT_CELL.PERSONS.le(0))).execute();
        }
    }

    /**
     * The first non-deleted placement inside [start, end] (earliest date, then the one logged first) of each of the
     * persons that has one and is not deleted, {@value Ids#PER_QUERY} persons per query.
     */
    public Map<Long, CountedRow> firstPlacements(DSLContext dsl, Collection<Long> personIds, LocalDate start,
                                                 LocalDate end) {
        Map<Long, CountedRow> first = new HashMap<>();
        for (List<Long> ids : Ids.slices(personIds)) {
            dsl.select(PLACEMENT.PERSON_ID, PLACEMENT.ID, PLACEMENT.PLACED_ON, PLACEMENT.EMPLOYMENT_FORM,
                            PERSON.TOWNSHIP_UNIT_ID, PERSON.DISABILITY_CATEGORY, PLACEMENT.JOB_LOCATION)
                    .from(PLACEMENT).join(PERSON).on(PERSON.ID.eq(PLACEMENT.PERSON_ID))
                    .where(Ids.in(PLACEMENT.PERSON_ID, ids), PLACEMENT.DELETED_AT.isNull(), PERSON.DELETED_AT.isNull(),
                            PLACEMENT.PLACED_ON.between(start, end))
                    .orderBy(PLACEMENT.PERSON_ID, PLACEMENT.PLACED_ON, PLACEMENT.ID)
                    .forEach(r -> first.putIfAbsent(r.value1(), new CountedRow(r.value1(), r.value2(), r.value3(),
                            r.value4(), r.value5(), r.value6(), r.value7())));
        }
        return first;
    }

    /** The counted rows of those of the persons that count toward the plan, {@value Ids#PER_QUERY} per query. */
    public Map<Long, CountedRow> counted(DSLContext dsl, long planId, Collection<Long> personIds) {
        Map<Long, CountedRow> counted = new HashMap<>();
        for (List<Long> ids : Ids.slices(personIds)) {
            dsl.selectFrom(COUNTED_PERSON)
                    .where(Ids.in(COUNTED_PERSON.PERSON_ID, ids), COUNTED_PERSON.PLAN_ID.eq(planId))
                    .forEach(r -> counted.put(r.getPersonId(), toRow(r)));
        }
        return counted;
    }

    /**
     * Replaces the counted rows of some persons: {@code removed} persons leave the count, {@code added} rows enter it
     * (a person in both changes their first placement), and the cells change by {@code cellDeltas}.
     */
    void apply(DSLContext dsl, long planId, Collection<Long> removed, List<CountedRow> added,
               Map<CellKey, Integer> cellDeltas) {
        for (List<Long> ids : Ids.slices(removed)) {
            dsl.deleteFrom(COUNTED_PERSON)
                    .where(Ids.in(COUNTED_PERSON.PERSON_ID, ids), COUNTED_PERSON.PLAN_ID.eq(planId))
                    .execute();
        }
        insertRows(dsl, planId, added);
        cellDeltas.forEach((cell, delta) -> {
            if (delta != 0) {
                addToCell(dsl, planId, cell, delta);
            }
        });
    }

    /**
     * Recomputes both tables of one plan from persons and placements: one pass over the placements in the period in
     * (person, date, id) order, the first of each person kept; rows and cells written in batches.
     */
    public void rebuild(DSLContext dsl, long planId, LocalDate start, LocalDate end) {
        dsl.deleteFrom(COUNT_CELL).where(COUNT_CELL.PLAN_ID.eq(planId)).execute();
        dsl.deleteFrom(COUNTED_PERSON).where(COUNTED_PERSON.PLAN_ID.eq(planId)).execute();
        Map<CellKey, Integer> cells = new HashMap<>();
        List<CountedRow> batch = new ArrayList<>(BATCH);
        long[] last = {Long.MIN_VALUE};
        try (var cursor = dsl.select(PLACEMENT.PERSON_ID, PLACEMENT.ID, PLACEMENT.PLACED_ON, PLACEMENT.EMPLOYMENT_FORM,
                        PERSON.TOWNSHIP_UNIT_ID, PERSON.DISABILITY_CATEGORY, PLACEMENT.JOB_LOCATION)
                .from(PLACEMENT).join(PERSON).on(PERSON.ID.eq(PLACEMENT.PERSON_ID))
                .where(PLACEMENT.DELETED_AT.isNull(), PERSON.DELETED_AT.isNull(), PLACEMENT.PLACED_ON.between(start, end))
                .orderBy(PLACEMENT.PERSON_ID, PLACEMENT.PLACED_ON, PLACEMENT.ID)
                .fetchSize(BATCH)
                .fetchLazy()) {
            for (var r : cursor) {
                if (r.value1() == last[0]) {
                    continue;
                }
                last[0] = r.value1();
                CountedRow row = new CountedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7());
                cells.merge(CellKey.of(row), 1, Integer::sum);
                batch.add(row);
                if (batch.size() == BATCH) {
                    insertRows(dsl, planId, batch);
                    batch.clear();
                }
            }
        }
        insertRows(dsl, planId, batch);
        var cellBatch = dsl.batch(dsl.insertInto(COUNT_CELL, COUNT_CELL.PLAN_ID, COUNT_CELL.QUARTER_START,
                        COUNT_CELL.TOWNSHIP_UNIT_ID, COUNT_CELL.EMPLOYMENT_FORM, COUNT_CELL.DISABILITY_CATEGORY,
                        COUNT_CELL.JOB_LOCATION, COUNT_CELL.PERSONS)
                .values((Long) null, null, null, null, null, null, null));
        cells.forEach((k, n) -> cellBatch.bind(planId, k.quarterStart(), k.townshipId(), k.formCode(), k.categoryCode(),
                k.location(), n));
        if (!cells.isEmpty()) {
            cellBatch.execute();
        }
    }

    private static final int BATCH = 5000;

    private static void insertRows(DSLContext dsl, long planId, List<CountedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcBatch.insert(dsl, COUNTED_PERSON, List.of(COUNTED_PERSON.PLAN_ID, COUNTED_PERSON.PERSON_ID,
                COUNTED_PERSON.PLACEMENT_ID, COUNTED_PERSON.FIRST_PLACED_ON, COUNTED_PERSON.QUARTER_START,
                COUNTED_PERSON.EMPLOYMENT_FORM, COUNTED_PERSON.TOWNSHIP_UNIT_ID, COUNTED_PERSON.DISABILITY_CATEGORY,
                COUNTED_PERSON.JOB_LOCATION),
                rows, row -> new Object[]{planId, row.personId(), row.placementId(), row.firstPlacedOn(),
                        row.quarterStart(), row.formCode(), row.townshipId(), row.categoryCode(), row.location()});
    }

    /** The cells summed along each dimension: what the overview shows. */
    public CountSums sums(DSLContext dsl, long planId) {
        Map<LocalDate, Integer> byQuarter = new HashMap<>();
        Map<Long, Integer> byTownship = new HashMap<>();
        Map<Integer, Integer> byForm = new HashMap<>();
        Map<Integer, Integer> byCategory = new HashMap<>();
        // one pass over the plan's cells, summed here: a third of the CPU of four grouped queries, and no jOOQ
        // record per cell (a few thousand of them on a large ledger)
        var cells = dsl.select(COUNT_CELL.QUARTER_START, COUNT_CELL.TOWNSHIP_UNIT_ID, COUNT_CELL.EMPLOYMENT_FORM,
                COUNT_CELL.DISABILITY_CATEGORY, COUNT_CELL.PERSONS).from(COUNT_CELL).where(COUNT_CELL.PLAN_ID.eq(planId));
        int total = dsl.connectionResult(c -> {
            int sum = 0;
            try (PreparedStatement st = c.prepareStatement(cells.getSQL())) {
                st.setLong(1, planId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(5);
                        byQuarter.merge(rs.getObject(1, LocalDate.class), n, Integer::sum);
                        byTownship.merge(rs.getLong(2), n, Integer::sum);
                        byForm.merge(rs.getInt(3), n, Integer::sum);
                        byCategory.merge(rs.getInt(4), n, Integer::sum);
                        sum += n;
                    }
                }
            }
            return sum;
        });
        return new CountSums(total, byQuarter, byTownship, byForm, byCategory);
    }

    public List<CountCell> cells(DSLContext dsl, long planId) {
        return dsl.selectFrom(COUNT_CELL).where(COUNT_CELL.PLAN_ID.eq(planId))
                .fetch(r -> new CountCell(r.getQuarterStart(), r.getTownshipUnitId(), r.getEmploymentForm(),
                        r.getDisabilityCategory(), r.getJobLocation(), r.getPersons()));
    }

    /** Counted persons matching the filter, by the date of their first placement, then person. */
    public List<CountedRow> list(DSLContext dsl, long planId, CountFilter filter, int offset, int limit) {
        return dsl.selectFrom(COUNTED_PERSON)
                .where(conditions(planId, filter))
                // plan_id leads so that the order is the date index's own: the first rows come without a sort
                .orderBy(COUNTED_PERSON.PLAN_ID, COUNTED_PERSON.FIRST_PLACED_ON, COUNTED_PERSON.PERSON_ID)
                .limit(limit).offset(offset)
                .fetch(CountStore::toRow);
    }

    /** How many counted persons match the filter, summed from the cells; a date range must be whole quarters. */
    public int count(DSLContext dsl, long planId, CountFilter filter) {
        List<Condition> c = new ArrayList<>();
        c.add(COUNT_CELL.PLAN_ID.eq(planId));
        if (filter.from() != null) {
            c.add(COUNT_CELL.QUARTER_START.ge(filter.from()));
        }
        if (filter.to() != null) {
            c.add(COUNT_CELL.QUARTER_START.le(filter.to()));
        }
        if (filter.townshipId() != null) {
            c.add(COUNT_CELL.TOWNSHIP_UNIT_ID.eq(filter.townshipId()));
        }
        if (filter.formCode() != null) {
            c.add(COUNT_CELL.EMPLOYMENT_FORM.eq(filter.formCode()));
        }
        if (filter.categoryCode() != null) {
            c.add(COUNT_CELL.DISABILITY_CATEGORY.eq(filter.categoryCode()));
        }
        Number sum = dsl.select(DSL.sum(COUNT_CELL.PERSONS)).from(COUNT_CELL).where(c).fetchOne().value1();
        return sum == null ? 0 : sum.intValue();
    }

    /** The total from the cells: the same number as {@link #count} without filter, read from a few thousand rows. */
    public int total(DSLContext dsl, long planId) {
        Number sum = dsl.select(DSL.sum(COUNT_CELL.PERSONS)).from(COUNT_CELL).where(COUNT_CELL.PLAN_ID.eq(planId))
                .fetchOne().value1();
        return sum == null ? 0 : sum.intValue();
    }

    private static List<Condition> conditions(long planId, CountFilter f) {
        List<Condition> c = new ArrayList<>();
        c.add(COUNTED_PERSON.PLAN_ID.eq(planId));
        if (f.from() != null) {
            c.add(COUNTED_PERSON.FIRST_PLACED_ON.ge(f.from()));
        }
        if (f.to() != null) {
            c.add(COUNTED_PERSON.FIRST_PLACED_ON.le(f.to()));
        }
        if (f.townshipId() != null) {
            c.add(COUNTED_PERSON.TOWNSHIP_UNIT_ID.eq(f.townshipId()));
        }
        if (f.formCode() != null) {
            c.add(COUNTED_PERSON.EMPLOYMENT_FORM.eq(f.formCode()));
        }
        if (f.categoryCode() != null) {
            c.add(COUNTED_PERSON.DISABILITY_CATEGORY.eq(f.categoryCode()));
        }
        return c;
    }

    private static CountedRow toRow(Record r) {
        return new CountedRow(r.get(COUNTED_PERSON.PERSON_ID), r.get(COUNTED_PERSON.PLACEMENT_ID),
                r.get(COUNTED_PERSON.FIRST_PLACED_ON), r.get(COUNTED_PERSON.EMPLOYMENT_FORM),
                r.get(COUNTED_PERSON.TOWNSHIP_UNIT_ID), r.get(COUNTED_PERSON.DISABILITY_CATEGORY),
                r.get(COUNTED_PERSON.JOB_LOCATION));
    }
}
