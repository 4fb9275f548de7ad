package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.count.CountedRow;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person's page: the person as saved, their placements and whether each counts toward the target. */
public final class PersonPageModel {

    /** Whether a placement counts toward the current plan's target, and if not, why. */
    public enum Counted {
        /** This is the placement the person is counted with. */
        YES,
        /** The person is counted with another placement: a person counts once. */
        ONCE_ALREADY,
        /** Dated outside the plan's period. */
        OUTSIDE_PERIOD,
        /** Inside the period but not counted (e.g. the person is in the recycle bin). */
        NO
    }

    public record PlacementLine(Placement placement, Counted counted) {
    }

    private record Loaded(Person person, List<PlacementLine> placements) {
    }

    private final PersonService persons;
    private final PlacementService placements;
    private final PlanService plans;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Person> person = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlacementLine> lines = FXCollections.observableArrayList();
    private final BooleanProperty showFullId = new SimpleBooleanProperty(false);
    private long asked = -1;

    PersonPageModel(PersonService persons, PlacementService placements, PlanService plans, BackgroundRunner runner,
                    DialogService dialogs, Clock clock) {
        this.persons = persons;
        this.placements = placements;
        this.plans = plans;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        showFullId.addListener((obs, old, now) -> {
            Person p = person.get();
            if (now && p != null) {
                runner.run(() -> {
                    persons.recordReveal(p.id());
                    return p.id();
                }, id -> { }, dialogs::showError);
            }
        });
    }

    public ReadOnlyObjectProperty<Person> personProperty() {
        return person.getReadOnlyProperty();
    }

    public ObservableList<PlacementLine> placements() {
        return lines;
    }

    /**
     * The 显示 toggle: ID and phone numbers in full instead of masked; off again for the next person. Turning it on
     * is written to the audit log: who saw whose numbers, when.
     */
    public BooleanProperty showFullIdProperty() {
        return showFullId;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Loads and shows a person (the newest request wins). */
    public void show(long personId) {
        asked = personId;
        runner.run(() -> load(personId), loaded -> {
            if (asked != personId) {
                return;
            }
            Person before = person.get();
            if (before == null || before.id() != personId) {
                showFullId.set(false);
            }
            if (loaded == null) {
                clear();
                return;
            }
            lines.setAll(loaded.placements());
            person.set(loaded.person());
        }, dialogs::showError);
    }

    public void clear() {
        asked = -1;
        showFullId.set(false);
        lines.clear();
        person.set(null);
    }

    private Loaded load(long personId) {
        Optional<Person> p = persons.byId(personId).filter(x -> !x.isDeleted());
        if (p.isEmpty()) {
            return null;
        }
        Plan plan = plans.currentPlan();
        Long countedWith = placements.countedRow(personId).map(CountedRow::placementId).orElse(null);
        List<PlacementLine> out = placements.ofPerson(personId).stream()
                .map(pl -> new PlacementLine(pl, counted(pl, plan, countedWith)))
                .toList();
        return new Loaded(p.get(), out);
    }

    static Counted counted(Placement pl, Plan plan, Long countedWith) {
        if (countedWith != null && countedWith == pl.id()) {
            return Counted.YES;
        }
        if (!plan.covers(pl.placedOn())) {
            return Counted.OUTSIDE_PERIOD;
        }
        return countedWith != null ? Counted.ONCE_ALREADY : Counted.NO;
    }
}
