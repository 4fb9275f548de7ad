package cn.yanshan.ledger.stats;

import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.count.CountCell;
import cn.yanshan.ledger.count.CountSums;
import cn.yanshan.ledger.count.CountFilter;
import cn.yanshan.ledger.count.CountStore;
import cn.yanshan.ledger.count.CountedRow;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count toward the current plan's target (城乡新增残疾人就业) and its breakdowns, as on 总览 and in the quarterly
 * summary. The rule: distinct persons, not deleted, with a non-deleted placement dated inside the plan's period; a
 * person placed twice counts once, in the quarter, form and with the first such placement; township and category
 * are the person's. Read from the count tables that person and placement changes keep up to date.
 */
public final class StatsService {

    private final DSLContext dsl;
    private final CountStore counts;
    private final PlanService plans;
    private final UnitService units;
    private final PersonService persons;
    private final Clock clock;

    public StatsService(DSLContext dsl, CountStore counts, PlanService plans, UnitService units, PersonService persons,
                        Clock clock) {
        this.dsl = dsl;
        this.counts = counts;
        this.plans = plans;
        this.units = units;
        this.persons = persons;
        this.clock = clock;
    }

    /** The figures with the pace computed for today. */
    public Summary summary() {
        return summary(LocalDate.now(clock));
    }

    /** The figures with the pace computed for the given day. */
    public Summary summary(LocalDate asOf) {
        Plan plan = plans.currentPlan();
        CountSums sums = counts.sums(dsl, plan.id());

        Map<YearQuarter, Integer> byQuarter = new LinkedHashMap<>();
        YearQuarter.between(plan.periodStart(), plan.periodEnd()).forEach(q -> byQuarter.put(q, 0));
        sums.byQuarterStart().forEach((start, n) -> byQuarter.merge(YearQuarter.of(start), n, Integer::sum));
        Map<EmploymentForm, Integer> byForm = new EnumMap<>(EmploymentForm.class);
        for (EmploymentForm f : EmploymentForm.values()) {
            byForm.put(f, sums.byFormCode().getOrDefault(f.code(), 0));
        }
        Map<DisabilityCategory, Integer> byCategory = new EnumMap<>(DisabilityCategory.class);
        for (DisabilityCategory c : DisabilityCategory.values()) {
            byCategory.put(c, sums.byCategoryCode().getOrDefault(c.code(), 0));
        }
        int placed = sums.total();
        Map<Long, Integer> byTownshipId = sums.byTownshipId();
        Map<UnitRef, Integer> byTownship = new LinkedHashMap<>();
        for (Unit t : units.townships()) {
            byTownship.put(t.ref(), byTownshipId.getOrDefault(t.id(), 0));
        }

        int target = plan.target();
        int remaining = Math.max(0, target - placed);
        int remainingQuarters = remainingQuarters(plan, asOf);
        int pace = remaining == 0 || remainingQuarters == 0 ? 0 : (remaining + remainingQuarters - 1) / remainingQuarters;
        double share = target == 0 ? 0 : (double) placed / target;
        return new Summary(plan.id(), target, plan.periodStart(), plan.periodEnd(), placed, share, asOf, remaining,
                remainingQuarters, pace, byQuarter, byTownship, byForm, byCategory);
    }

    /**
     * The figures of a quarterly summary: persons first placed in {@code quarter}, and from the plan's start to the
     * quarter's end, by township, form, category and location. Read from the count's cells; at the plan's last
     * quarter the cumulative figures are those of {@link #summary()}.
     */
    public QuarterFigures quarter(YearQuarter quarter) {
        Plan plan = plans.currentPlan();
        List<Unit> townships = units.townships();
        Tally in = new Tally(townships);
        Tally upTo = new Tally(townships);
        for (CountCell c : counts.cells(dsl, plan.id())) {
            YearQuarter q = YearQuarter.of(c.quarterStart());
            if (q.compareTo(quarter) <= 0) {
                upTo.add(c);
                if (q.equals(quarter)) {
                    in.add(c);
                }
            }
        }
        return new QuarterFigures(quarter, plan.target(), in.breakdown(townships), upTo.breakdown(townships));
    }

    /** Sums of cells along each dimension, every value of each present. */
    private static final class Tally {
        private int total;
        private final Map<Long, Integer> byTownship = new HashMap<>();
        private final Map<EmploymentForm, Integer> byForm = new EnumMap<>(EmploymentForm.class);
        private final Map<DisabilityCategory, Integer> byCategory = new EnumMap<>(DisabilityCategory.class);
        private final Map<JobLocation, Integer> byLocation = new EnumMap<>(JobLocation.class);

        Tally(List<Unit> townships) {
            townships.forEach(t -> byTownship.put(t.id(), 0));
            for (EmploymentForm f : EmploymentForm.values()) {
                byForm.put(f, 0);
            }
            for (DisabilityCategory c : DisabilityCategory.values()) {
                byCategory.put(c, 0);
            }
            for (JobLocation l : JobLocation.values()) {
                byLocation.put(l, 0);
            }
        }

        void add(CountCell c) {
            total += c.persons();
            byTownship.merge(c.townshipId(), c.persons(), Integer::sum);
            EmploymentForm.fromCode(c.formCode()).ifPresent(f -> byForm.merge(f, c.persons(), Integer::sum));
            DisabilityCategory.fromCode(c.categoryCode()).ifPresent(k -> byCategory.merge(k, c.persons(), Integer::sum));
            byLocation.merge(JobLocation.valueOf(c.location()), c.persons(), Integer::sum);
        }

        Breakdown breakdown(List<Unit> townships) {
            Map<UnitRef, Integer> named = new LinkedHashMap<>();
            townships.forEach(t -> named.put(t.ref(), byTownship.get(t.id())));
            return new Breakdown(total, named, byForm, byCategory, byLocation);
        }
    }

    /** The count alone: what 就业登记 shows after saving. */
    public int placed() {
        return counts.total(dsl, plans.currentPlan().id());
    }

    /** The persons behind a figure, by the date of their first placement, one page. */
    public List<CountedPerson> persons(Figure figure, int offset, int limit) {
        Plan plan = plans.currentPlan();
        List<CountedRow> rows = counts.list(dsl, plan.id(), filter(figure), offset, limit);
        Map<Long, Person> byId = persons.byIds(rows.stream().map(CountedRow::personId).toList());
        List<CountedPerson> out = new ArrayList<>(rows.size());
        for (CountedRow r : rows) {
            Person p = byId.get(r.personId());
            if (p != null) {
                out.add(new CountedPerson(p, r.firstPlacedOn(), EmploymentForm.fromCode(r.formCode()).orElseThrow(),
                        r.placementId()));
            }
        }
        return out;
    }

    public int count(Figure figure) {
        return counts.count(dsl, plans.currentPlan().id(), filter(figure));
    }

    static int remainingQuarters(Plan plan, LocalDate asOf) {
        if (asOf.isAfter(plan.periodEnd())) {
            return 0;
        }
        LocalDate from = asOf.isBefore(plan.periodStart()) ? plan.periodStart() : asOf;
        return YearQuarter.between(from, plan.periodEnd()).size();
    }

    private static CountFilter filter(Figure f) {
        return new CountFilter(
                f.quarter() == null ? null : f.quarter().start(),
                f.quarter() == null ? null : f.quarter().end(),
                f.townshipId(),
                f.form() == null ? null : f.form().code(),
                f.category() == null ? null : f.category().code());
    }
}
