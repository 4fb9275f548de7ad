package cn.yanshan.ledger.app;

import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.PlanStore;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.ReportStore;
import cn.yanshan.ledger.unit.UnitService;
import cn.yanshan.ledger.unit.UnitStore;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: opens the database and builds every service from it, by constructor.
 * The window and the command line get their services from here; nothing else holds state statically.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final PlanService plan;
    private final UnitService units;
    private final ReportService reports;

    /**
     * @param dataFolder where attachments are kept ({@code attachments/} inside it)
     * @param clock      what "today" is for the reporting periods; the system clock except in tests
     */
    private Services(Database database, Path dataFolder, Clock clock) {
        this.database = database;
        this.plan = new PlanService(database.dsl(), new PlanStore());
        this.units = new UnitService(database.dsl(), new UnitStore(), plan);
        this.reports = new ReportService(database.dsl(), new ReportStore(), plan, units, dataFolder, clock,
                System.getProperty("user.name"));
    }

    /** Opens the ledger in the data folder, creating and migrating its database on first start. */
    public static Services open(DataFolder folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    /** Opens the ledger with a clock that says what day it is: for tests that look at the ledger on a given day. */
    public static Services open(DataFolder folder, Clock clock) {
        folder.ensureExists();
        return new Services(Database.openFile(folder.databaseBase()), folder.root(), clock);
    }

    /** A ledger in memory, migrated like a real one: for tests. Attachments would go to a temporary folder. */
    public static Services inMemory(String name) {
        return inMemory(name, Path.of(System.getProperty("java.io.tmpdir"), "ledger-" + name), Clock.systemDefaultZone());
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

    public ReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        database.close();
    }
}
