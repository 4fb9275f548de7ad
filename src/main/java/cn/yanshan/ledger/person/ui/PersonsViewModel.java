package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.app.StartupTrace;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.person.PersonRow;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.person.PersonSort;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * State and actions of 残疾人台账: the search text and filters, the paged list they give, its count, and what
 * happens to a person (edit, delete to the recycle bin, restore). The selected person's page is {@link #page()}.
 */
public final class PersonsViewModel {

    /** Rows per query to the ledger; a screen shows 8 to 28 (a full-height window on 1080 lines). */
    public static final int PAGE_SIZE = 30;
    /** Pages kept in memory per list: at most 600 persons, whatever the ledger's size. */
    public static final int MAX_PAGES = 20;

    private final PersonService persons;
    private final UnitService units;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final PersonPageModel page;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<UnitRef> township = new SimpleObjectProperty<>();
    private final ObjectProperty<DisabilityCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<DisabilityLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<EmploymentStatus> status = new SimpleObjectProperty<>();
    private final ObservableSet<PersonFlag> flags = FXCollections.observableSet(EnumSet.noneOf(PersonFlag.class));
    private final ObservableList<UnitRef> townships = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<PagedList<PersonRow>> rows = new ReadOnlyObjectWrapper<>(PagedList.empty());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper countKnown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The newest search; an older one's answer is dropped, and one not started yet is skipped. */
    private final AtomicLong generation = new AtomicLong();
    /** Counts read since the screen came on or changed a person; used on the UI thread only. */
    private final Counts counts = new Counts();
    private boolean townshipsLoaded;

    public PersonsViewModel(PersonService persons, PlacementService placements, UnitService units, PlanService plans,
                            BackgroundRunner runner, DialogService dialogs) {
        this(persons, placements, units, plans, runner, dialogs, Clock.systemDefaultZone());
    }

    /** With the clock that says what today is (age, working age). */
    public PersonsViewModel(PersonService persons, PlacementService placements, UnitService units, PlanService plans,
                            BackgroundRunner runner, DialogService dialogs, Clock clock) {
        this.persons = persons;
        this.units = units;
        this.runner = runner;
        this.dialogs = dialogs;
        this.page = new PersonPageModel(persons, placements, plans, runner, dialogs, clock);
        text.addListener((obs, old, now) -> search());
        township.addListener((obs, old, now) -> search());
        category.addListener((obs, old, now) -> search());
        level.addListener((obs, old, now) -> search());
        status.addListener((obs, old, now) -> search());
        flags.addListener((SetChangeListener<PersonFlag>) c -> search());
    }

    /**
     * Reads what opening the screen reads (the first page and the count of everyone) once, off the UI thread, so
     * that the screen later finds the database's pages and the code warm; then a first page of each kind of search
     * text (pinyin initials, a name, the last digits of an ID number), so that the clerk's first letter does not
     * wait for its index's upper pages to be read and decrypted. For a spare thread after start-up.
     */
    public static void warmUp(PersonService persons) {
        persons.rows(PersonQuery.ALL, 0, PAGE_SIZE);
        persons.count(PersonQuery.ALL);
        for (String text : WARM_SEARCHES) {
            persons.rows(PersonQuery.text(text), 0, PAGE_SIZE);
        }
    }

    /** One search text of each kind the search box tells apart. */
    private static final List<String> WARM_SEARCHES = List.of("l", "李", "3");

    /**
     * After {@link #warmUp}: the first page of every letter a surname's pinyin begins with, so that the first time the
     * clerk types a letter its part of the initials index and its persons are read already (the database keeps what
     * it read within its cache's bounds). For a spare thread.
     */
    public static void warmInitials(PersonService persons) {
        for (char c = 'a'; c <= 'z'; c++) {
            if (c != 'i' && c != 'u' && c != 'v') {
                persons.rows(PersonQuery.text(String.valueOf(c)), 0, PAGE_SIZE);
            }
        }
    }

    // ---- state

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<UnitRef> townshipProperty() {
        return township;
    }

    public ObjectProperty<DisabilityCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<DisabilityLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<EmploymentStatus> statusProperty() {
        return status;
    }

    /** The flags a person must all have to be listed. */
    public ObservableSet<PersonFlag> flags() {
        return flags;
    }

    /** The townships for the filter, loaded on first {@link #activate()}. */
    public ObservableList<UnitRef> townships() {
        return townships;
    }

    /** The persons the search finds, a new list for every search. */
    public ReadOnlyObjectProperty<PagedList<PersonRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** False while the list shows a search's first page and its count is still being read. */
    public ReadOnlyBooleanProperty countKnownProperty() {
        return countKnown.getReadOnlyProperty();
    }

    /** True from a search's start until its answer and count are shown. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** What was just done (保存, 删除, 恢复), for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public PersonPageModel page() {
        return page;
    }

    /** The query the search box and filters make now. */
    public PersonQuery query() {
        UnitRef t = township.get();
        return new PersonQuery(text.get(), t == null ? null : t.id(), category.get(), level.get(), status.get(),
                flags.isEmpty() ? EnumSet.noneOf(PersonFlag.class) : EnumSet.copyOf(flags), PersonSort.NAME);
    }

    // ---- actions

    /** The screen comes on: the townships once, and the list as the ledger is now (counts read again). */
    public void activate() {
        counts.forget();
        if (!townshipsLoaded) {
            townshipsLoaded = true;
            runner.run(() -> units.townships().stream().map(Unit::ref).toList(), townships::setAll, dialogs::showError);
        }
        search();
    }

    /**
     * Runs the query off the UI thread: first its first page, shown at once; then, only when the page is full, its
     * count (the slower part on a large ledger, up to 170 ms for a letter's thousands of persons in 200,000), which
     * gives the list its size. The count runs beside the worker, so that the next letter typed meanwhile has its first
     * page at once rather than after this count; a count whose text has been typed past before it starts is skipped.
     * A count already read for the same query since the screen came on is not read again: the clerk who types a letter
     * and takes it back, or empties the box, asks for the same counts over and over, and reading one again means
     * reading thousands of the index's entries, garbage that the collector stops every thread for. The rest loads page
     * by page as shown.
     */
    public void search() {
        long mine = generation.incrementAndGet();
        PersonQuery q = query();
        searching.set(true);
        StartupTrace.mark("persons: search " + mine + " asked");
        runner.run(() -> mine == generation.get() ? firstPage(q, mine) : null, first -> {
            if (first == null || mine != generation.get()) {
                return;
            }
            PagedList<PersonRow> list = new PagedList<>(first.size(), PAGE_SIZE, MAX_PAGES, first,
                    (offset, limit) -> persons.rows(q, offset, limit), runner, dialogs::showError);
            rows.get().close();
            rows.set(list);
            StartupTrace.mark("persons: search " + mine + " first page shown");
            if (first.size() < PAGE_SIZE) {
                counted(first.size());
                return;
            }
            Integer known = counts.get(q);
            if (known != null) {
                list.resize(known);
                counted(known);
                return;
            }
            countKnown.set(false);
            long era = counts.era();
            runner.runBeside(() -> mine == generation.get() ? persons.count(q) : null, n -> {
                if (n == null) {
                    return;
                }
                counts.put(era, q, n);
                if (mine == generation.get()) {
                    list.resize(n);
                    counted(n);
                }
            }, this::failed);
        }, this::failed);
    }

    private List<PersonRow> firstPage(PersonQuery q, long search) {
        List<PersonRow> page = persons.rows(q, 0, PAGE_SIZE);
        StartupTrace.mark("persons: search " + search + " first page read");
        return page;
    }

    private void counted(int n) {
        StartupTrace.mark("persons: count " + n + " shown");
        count.set(n);
        countKnown.set(true);
        searching.set(false);
    }

    private void failed(Throwable error) {
        searching.set(false);
        dialogs.showError(error);
    }

    /** Clears the search text and every filter (one search, not six). */
    public void clearFilters() {
        long before = generation.get();
        text.set("");
        township.set(null);
        category.set(null);
        level.set(null);
        status.set(null);
        flags.clear();
        if (generation.get() == before) {
            search();
        }
    }

    /** Opens the page of a person of the list. */
    public void open(PersonRow person) {
        if (person != null) {
            page.show(person.id());
        }
    }

    /** Asks, then moves the person on the page to the recycle bin. */
    public void deleteShown() {
        Person p = page.personProperty().get();
        if (p == null || !dialogs.confirm(t("person.delete.confirm", p.name(), p.idNumber().masked()))) {
            return;
        }
        runner.run(() -> {
            persons.delete(p.id());
            return p;
        }, deleted -> {
            counts.forget();
            page.clear();
            message.set(t("person.status.deleted", deleted.name()));
            search();
        }, dialogs::showError);
    }

    /** A person was saved in the edit dialog: the list and the page show the new values. */
    public void edited(Person saved) {
        counts.forget();
        rows.get().replaceLoaded(p -> p != null && p.id() == saved.id(), PersonRow.of(saved));
        page.show(saved.id());
        message.set(t("person.status.saved", saved.name()));
    }

    /** A person came back from the recycle bin: the list counts them again and their page opens. */
    public void restored(Person person) {
        counts.forget();
        message.set(t("person.status.restored", person.name()));
        search();
        page.show(person.id());
    }

    /** The form that edits the person on the page. */
    public PersonEditModel editShown() {
        Person p = page.personProperty().get();
        if (p == null) {
            throw new IllegalStateException("no person is shown");
        }
        List<String> names = townships.stream().map(UnitRef::name).toList();
        return new PersonEditModel(persons, p, names, runner, dialogs);
    }

    /** The recycle bin's list and its restore action. */
    public RecycleBinModel recycleBin() {
        return new RecycleBinModel(persons, runner, dialogs, this::restored);
    }

    /**
     * The counts of the last queries asked, the least recently asked forgotten first. Valid while the ledger's persons
     * stay as they were: the screen changes persons only through its own actions, which forget them, and forgets them
     * when it comes on (other screens and imports may have changed the ledger meanwhile). A count asked before they
     * were forgotten is not kept when it comes (it may have been read before the change).
     */
    private static final class Counts {
        private static final int KEPT = 64;

        private final Map<PersonQuery, Integer> known = Lru.map(KEPT);
        private long era;

        Integer get(PersonQuery q) {
            return known.get(q);
        }

        /** Which era a count is asked in, for {@link #put}. */
        long era() {
            return era;
        }

        void put(long askedIn, PersonQuery q, int n) {
            if (askedIn == era) {
                known.put(q, n);
            }
        }

        void forget() {
            known.clear();
            era++;
        }
    }
}
