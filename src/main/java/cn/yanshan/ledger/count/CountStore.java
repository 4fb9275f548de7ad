package cn.yanshan.ledger.count;

import cn.yanshan.ledger.db.JdbcBatch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The person's first non-deleted placement dated inside [start, end], if the person is not deleted. */
    public Optional<CountedRow> firstPlacement(DSLContext dsl, long personId, LocalDate start, LocalDate end) {
        return dsl.select(PLACEMENT.ID, PLACEMENT.PLACED_ON, PLACEMENT.EMPLOYMENT_FORM,
                        PERSON.TOWNSHIP_UNIT_ID, PERSON.DISABILITY_CATEGORY)
                .from(PLACEMENT).join(PERSON).on(PERSON.ID.eq(PLACEMENT.PERSON_ID))
                .where(PLACEMENT.PERSON_ID.eq(personId), PLACEMENT.DELETED_AT.isNull(), PERSON.DELETED_AT.isNull(),
                        PLACEMENT.PLACED_ON.between(start, end))
                .orderBy(PLACEMENT.PLACED_ON, PLACEMENT.ID)
                .limit(1)
                .fetchOptional(r -> new CountedRow(personId, r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<CountedRow> counted(DSLContext dsl, long planId, long personId) {
        return dsl.selectFrom(COUNTED_PERSON)
                .where(COUNTED_PERSON.PLAN_ID.eq(planId), COUNTED_PERSON.PERSON_ID.eq(personId))
                .fetchOptional(CountStore::toRow);
    }

    public void insert(DSLContext dsl, long planId, CountedRow row) {
        dsl.insertInto(COUNTED_PERSON)
                .set(COUNTED_PERSON.PLAN_ID, planId)
                .set(COUNTED_PERSON.PERSON_ID, row.personId())
                .set(COUNTED_PERSON.PLACEMENT_ID, row.placementId())
                .set(COUNTED_PERSON.FIRST_PLACED_ON, row.firstPlacedOn())
                .set(COUNTED_PERSON.QUARTER_START, row.quarterStart())
                .set(COUNTED_PERSON.EMPLOYMENT_FORM, row.formCode())
                .set(COUNTED_PERSON.TOWNSHIP_UNIT_ID, row.townshipId())
                .set(COUNTED_PERSON.DISABILITY_CATEGORY, row.categoryCode())
                .execute();
    }

    public void delete(DSLContext dsl, long planId, long personId) {
        dsl.deleteFrom(COUNTED_PERSON)
                .where(COUNTED_PERSON.PLAN_ID.eq(planId), COUNTED_PERSON.PERSON_ID.eq(personId))
                .execute();
    }

    /** Adds {@code delta} (+1 or -1) to the cell the row falls in; a cell that reaches 0 is removed. */
    public void addToCell(DSLContext dsl, long planId, CountedRow row, int delta) {
        Condition key = COUNT_CELL.PLAN_ID.eq(planId)
                .and(COUNT_CELL.QUARTER_START.eq(row.quarterStart()))
                .and(COUNT_CELL.TOWNSHIP_UNIT_ID.eq(row.townshipId()))
                .and(COUNT_CELL.EMPLOYMENT_FORM.eq(row.formCode()))
                .and(COUNT_CELL.DISABILITY_CATEGORY.eq(row.categoryCode()));
        int updated = dsl.update(COUNT_CELL).set(COUNT_CELL.PERSONS, COUNT_CELL.PERSONS.plus(delta)).where(key).execute();
        if (updated == 0) {
            if (delta < 0) {
                throw new IllegalStateException("count cell missing for " + row);
            }
            dsl.insertInto(COUNT_CELL)
                    .set(COUNT_CELL.PLAN_ID, planId)
                    .set(COUNT_CELL.QUARTER_START, row.quarterStart())
                    .set(COUNT_CELL.TOWNSHIP_UNIT_ID, row.townshipId())
                    .set(COUNT_CELL.EMPLOYMENT_FORM, row.formCode())
                    .set(COUNT_CELL.DISABILITY_CATEGORY, row.categoryCode())
                    .set(COUNT_CELL.PERSONS, delta)
                    .execute();
        } else if (delta < 0) {
            dsl.deleteFrom(COUNT_CELL).where(key.and(COUNT_CELL.PERSONS.le(0))).execute();
        }
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
                        PERSON.TOWNSHIP_UNIT_ID, PERSON.DISABILITY_CATEGORY)
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
                CountedRow row = new CountedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6());
                cells.merge(new CellKey(row.quarterStart(), row.townshipId(), row.formCode(), row.categoryCode()), 1, Integer::sum);
                batch.add(row);
                if (batch.size() == BATCH) {
                    insertRows(dsl, planId, batch);
                    batch.clear();
                }
            }
        }
        insertRows(dsl, planId, batch);
        var cellBatch = dsl.batch(dsl.insertInto(COUNT_CELL, COUNT_CELL.PLAN_ID, COUNT_CELL.QUARTER_START,
                        COUNT_CELL.TOWNSHIP_UNIT_ID, COUNT_CELL.EMPLOYMENT_FORM, COUNT_CELL.DISABILITY_CATEGORY, COUNT_CELL.PERSONS)
                .values((Long) null, null, null, null, null, null));
        cells.forEach((k, n) -> cellBatch.bind(planId, k.quarterStart(), k.townshipId(), k.formCode(), k.categoryCode(), n));
        if (!cells.isEmpty()) {
            cellBatch.execute();
        }
    }

    private static final int BATCH = 5000;

    private record CellKey(LocalDate quarterStart, long townshipId, int formCode, int categoryCode) {
    }

    private static void insertRows(DSLContext dsl, long planId, List<CountedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcBatch.insert(dsl, COUNTED_PERSON, List.of(COUNTED_PERSON.PLAN_ID, COUNTED_PERSON.PERSON_ID,
                COUNTED_PERSON.PLACEMENT_ID, COUNTED_PERSON.FIRST_PLACED_ON, COUNTED_PERSON.QUARTER_START,
                COUNTED_PERSON.EMPLOYMENT_FORM, COUNTED_PERSON.TOWNSHIP_UNIT_ID, COUNTED_PERSON.DISABILITY_CATEGORY),
                rows, row -> new Object[]{planId, row.personId(), row.placementId(), row.firstPlacedOn(),
                        row.quarterStart(), row.formCode(), row.townshipId(), row.categoryCode()});
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
                        r.getDisabilityCategory(), r.getPersons()));
    }

    /**
     * Counted persons per quarter of their first placement and that placement's location ({@code job_location} as
     * stored): the one breakdown the cells do not hold. Two scans joined here rather than a join in the database,
     * which looks up every counted person's placement one by one (3.7 s of CPU for 176,000 persons, against
     * 0.8 s this way): the counted persons' first placements sorted by id, then the placements away from the county
     * in id order, merged. The first scan reads the table in its own order ({@code plan_id + 0} keeps H2 off the
     * date index, through which every row would be a lookup of its own).
     */
    public List<LocationCell> locationCells(DSLContext dsl, long planId) {
        int n = dsl.fetchCount(COUNTED_PERSON, COUNTED_PERSON.PLAN_ID.eq(planId));
        long[] keys = new long[n];
        List<LocalDate> quarters = new ArrayList<>();
        Map<LocalDate, Integer> quarterIndex = new HashMap<>();
        int[] filled = {0};
        try (var cursor = dsl.select(COUNTED_PERSON.PLACEMENT_ID, COUNTED_PERSON.QUARTER_START).from(COUNTED_PERSON)
                .where(COUNTED_PERSON.PLAN_ID.plus(0).eq(planId)).fetchSize(BATCH).fetchLazy()) {
            for (var r : cursor) {
                if (filled[0] == n) {
                    break;
                }
                int q = quarterIndex.computeIfAbsent(r.value2(), d -> {
                    quarters.add(d);
                    return quarters.size() - 1;
                });
                if (q > 0xFF) {
                    throw new IllegalStateException("a plan of more than 256 quarters");
                }
                // the placement id in the high bits, the quarter's index in the low 8: one sort keeps them together
                keys[filled[0]++] = r.value1() << 8 | q;
            }
        }
        long[] sorted = java.util.Arrays.copyOf(keys, filled[0]);
        java.util.Arrays.sort(sorted);
        Map<LocalDate, Map<String, Integer>> out = new HashMap<>();
        int[] inCounty = new int[quarters.size()];
        for (long k : sorted) {
            inCounty[(int) (k & 0xFF)]++;
        }
        if (sorted.length > 0) {
            int[] at = {0};
            try (var cursor = dsl.select(PLACEMENT.ID, PLACEMENT.JOB_LOCATION).from(PLACEMENT)
                    .where(PLACEMENT.ID.between(sorted[0] >>> 8, sorted[sorted.length - 1] >>> 8),
                            PLACEMENT.JOB_LOCATION.ne(IN_COUNTY))
                    .orderBy(PLACEMENT.ID).fetchSize(BATCH).fetchLazy()) {
                for (var r : cursor) {
                    long id = r.value1();
                    while (at[0] < sorted.length && sorted[at[0]] >>> 8 < id) {
                        at[0]++;
                    }
                    if (at[0] < sorted.length && sorted[at[0]] >>> 8 == id) {
                        int q = (int) (sorted[at[0]] & 0xFF);
                        inCounty[q]--;
                        out.computeIfAbsent(quarters.get(q), d -> new HashMap<>()).merge(r.value2(), 1, Integer::sum);
                    }
                }
            }
        }
        List<LocationCell> cells = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            LocalDate quarter = quarters.get(q);
            if (inCounty[q] > 0) {
                cells.add(new LocationCell(quarter, IN_COUNTY, inCounty[q]));
            }
            out.getOrDefault(quarter, Map.of()).forEach((location, persons) ->
                    cells.add(new LocationCell(quarter, location, persons)));
        }
        return cells;
    }

    /** {@code job_location} of a job inside the county: most placements, so the scan above leaves them out. */
    private static final String IN_COUNTY = "IN_COUNTY";

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
                r.get(COUNTED_PERSON.TOWNSHIP_UNIT_ID), r.get(COUNTED_PERSON.DISABILITY_CATEGORY));
    }
}
