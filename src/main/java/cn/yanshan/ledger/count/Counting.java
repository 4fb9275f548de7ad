package cn.yanshan.ledger.count;

import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanStore;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the count toward every plan's target up to date. The rule: a person counts toward a plan when the person
 * is not deleted and has a non-deleted placement dated inside the plan's period; a person placed twice counts
 * once, with the first such placement (earliest date, then the one logged first). Person and placement services
 * call {@link #refresh} inside the transaction of every change that may move a person in or out of the count.
 */
public final class Counting {

    private final CountStore store;
    private final PlanStore plans;

    public Counting(CountStore store, PlanStore plans) {
        this.store = store;
        this.plans = plans;
    }

    /** Recomputes one person's place in the count of every plan, inside the caller's transaction {@code tx}. */
    public void refresh(DSLContext tx, long personId) {
        refresh(tx, List.of(personId));
    }

    /**
     * Recomputes the place in the count of many persons at once, inside {@code tx}: what {@link #refresh} does for
     * one, with a few queries per thousand persons. Persons not given are left as they are, so a bulk change (an
     * import, its undo) costs what it touches, not what the ledger holds.
     */
    public void refresh(DSLContext tx, Collection<Long> personIds) {
        Set<Long> ids = new LinkedHashSet<>(personIds);
        if (ids.isEmpty()) {
            return;
        }
        for (Plan plan : plans.all(tx)) {
            Map<Long, CountedRow> now = store.firstPlacements(tx, ids, plan.periodStart(), plan.periodEnd());
            Map<Long, CountedRow> before = store.counted(tx, plan.id(), ids);
            List<Long> removed = new ArrayList<>();
            List<CountedRow> added = new ArrayList<>();
            Map<CellKey, Integer> cells = new HashMap<>();
            for (Long personId : ids) {
                CountedRow was = before.get(personId);
                CountedRow is = now.get(personId);
                if (Objects.equals(was, is)) {
                    continue;
                }
                if (was != null) {
                    removed.add(personId);
                    cells.merge(CellKey.of(was), -1, Integer::sum);
                }
                if (is != null) {
                    added.add(is);
                    cells.merge(CellKey.of(is), 1, Integer::sum);
                }
            }
            store.apply(tx, plan.id(), removed, added, cells);
        }
    }

    /** Recomputes the count of every plan from scratch, inside {@code tx}: after bulk loads and plan changes. */
    public void rebuild(DSLContext tx) {
        for (Plan plan : plans.all(tx)) {
            store.rebuild(tx, plan.id(), plan.periodStart(), plan.periodEnd());
        }
    }
}
