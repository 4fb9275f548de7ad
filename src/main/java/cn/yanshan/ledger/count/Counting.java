package cn.yanshan.ledger.count;

import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanStore;
import org.jooq.DSLContext;

import java.util.Optional;

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
        for (Plan plan : plans.all(tx)) {
            Optional<CountedRow> now = store.firstPlacement(tx, personId, plan.periodStart(), plan.periodEnd());
            Optional<CountedRow> before = store.counted(tx, plan.id(), personId);
            if (now.equals(before)) {
                continue;
            }
            if (before.isPresent()) {
                store.delete(tx, plan.id(), personId);
                store.addToCell(tx, plan.id(), before.get(), -1);
            }
            if (now.isPresent()) {
                store.insert(tx, plan.id(), now.get());
                store.addToCell(tx, plan.id(), now.get(), +1);
            }
        }
    }

    /** Recomputes the count of every plan from scratch, inside {@code tx}: after bulk loads and plan changes. */
    public void rebuild(DSLContext tx) {
        for (Plan plan : plans.all(tx)) {
            store.rebuild(tx, plan.id(), plan.periodStart(), plan.periodEnd());
        }
    }
}
