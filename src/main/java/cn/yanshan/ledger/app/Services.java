package cn.yanshan.ledger.app;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.audit.AuditStore;
import cn.yanshan.ledger.count.CountStore;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.demo.DemoData;
import cn.yanshan.ledger.importing.ImportService;
import cn.yanshan.ledger.importing.ImportStore;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.person.PersonStore;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.placement.PlacementStore;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.PlanStore;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.ReportStore;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import cn.yanshan.ledger.unit.UnitStore;
import cn.yanshan.ledger.workbook.Limits;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.LongFunction;

/**
 * The composition root: opens the database and builds every service from it, by constructor.
 * The window and the command line get their services from here; nothing else holds state statically.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final PlanService plan;
    private final UnitService units;
    private final AuditLog audit;
    private final Counting counting;
    private final PersonService persons;
    private final PlacementService placements;
    private final StatsService stats;
    private final DemoData demo;
    private final ReportService reports;
    private final ImportService imports;

    /**
     * @param dataFolder where attachments are kept ({@code attachments/} inside it)
     * @param clock      what "today" is: the system clock except in tests
     */
    private Services(Database database, Path dataFolder, Clock clock) {
        this.database = database;
        var dsl = database.dsl();
        PlanStore planStore = new PlanStore();
        this.plan = new PlanService(dsl, planStore);
        this.units = new UnitService(dsl, new UnitStore(), plan);
        LongFunction<UnitRef> unitNames = id -> units.byId(id).map(u -> u.ref()).orElse(new UnitRef(id, "单位" + id));
        this.audit = new AuditLog(dsl, new AuditStore(), clock, AuditLog.osUser());
        CountStore countStore = new CountStore();
        this.counting = new Counting(countStore, planStore);
        PersonStore personStore = new PersonStore(unitNames);
        this.persons = new PersonService(dsl, personStore, units, audit, counting, clock);
        PlacementStore placementStore = new PlacementStore(unitNames);
        this.placements = new PlacementService(dsl, placementStore, persons, plan, units, audit, counting, countStore, clock);
        this.stats = new StatsService(dsl, countStore, plan, units, persons, clock);
        this.demo = new DemoData(dsl, personStore, placementStore, units, audit, counting, clock);
        this.reports = new ReportService(dsl, new ReportStore(), plan, units, dataFolder, clock, AuditLog.osUser().get());
        this.imports = new ImportService(dsl, new ImportStore(id -> unitNames.apply(id).name()), persons, personStore,
                placements, placementStore, plan, units, audit, counting, clock, Limits.DEFAULT);
    }

    /** Opens the ledger in the data folder, creating and migrating its database on first start. */
    public static Services open(DataFolder folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    /** Loads the database layer's classes ahead of use, on a spare thread during start-up. */
    public static void preload() {
        Database.preload();
        StartupTrace.mark("database classes loaded");
    }

    /** Opens the ledger with a clock that says what day it is: for tests that look at the ledger on a given day. */
    public static Services open(DataFolder folder, Clock clock) {
        folder.ensureExists();
        Database database = Database.openFile(folder.databaseBase());
        StartupTrace.mark("database open");
        return new Services(database, folder.root(), clock);
    }

    /** A ledger in memory, migrated like a real one: for tests. Attachments would go to a temporary folder. */
    public static Services inMemory(String name) {
        return inMemory(name, Clock.systemDefaultZone());
    }

    /** A ledger in memory whose "today" is the clock's: for tests of dates. */
    public static Services inMemory(String name, Clock clock) {
        return inMemory(name, Path.of(System.getProperty("java.io.tmpdir"), "ledger-" + name), clock);
    }

    /** A ledger in memory whose attachments go to {@code dataFolder}, seen on the clock's day: for tests. */
    public static Services inMemory(String name, Path dataFolder, Clock clock) {
        return new Services(Database.openInMemory(name), dataFolder, clock);
    }

    public Database database() {
        return database;
    }

    public PlanService plan() {
        return plan;
    }

    public UnitService units() {
        return units;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Keeps the count toward the target; {@code rebuild} after bulk changes. */
    public Counting counting() {
        return counting;
    }

    public PersonService persons() {
        return persons;
    }

    public PlacementService placements() {
        return placements;
    }

    public StatsService stats() {
        return stats;
    }

    public DemoData demo() {
        return demo;
    }

    public ReportService reports() {
        return reports;
    }

    /** Importing what units send: preview, commit, undo, error workbooks, templates. */
    public ImportService imports() {
        return imports;
    }

    @Override
    public void close() {
        database.close();
    }
}
