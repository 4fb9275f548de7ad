package cn.yanshan.ledger.app;

import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.PlanStore;
import cn.yanshan.ledger.unit.UnitService;
import cn.yanshan.ledger.unit.UnitStore;

/**
 * The composition root: opens the database and builds every service from it, by constructor.
 * The window and the command line get their services from here; nothing else holds state statically.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final PlanService plan;
    private final UnitService units;

    private Services(Database database) {
        this.database = database;
        this.plan = new PlanService(database.dsl(), new PlanStore());
        this.units = new UnitService(database.dsl(), new UnitStore(), plan);
    }

    /** Opens the ledger in the data folder, creating and migrating its database on first start. */
    public static Services open(DataFolder folder) {
        folder.ensureExists();
        Database database = Database.openFile(folder.databaseBase());
        StartupTrace.mark("database open");
        return new Services(database);
    }

    /** Loads the database layer's classes ahead of use, on a spare thread during start-up. */
    public static void preload() {
        Database.preload();
        StartupTrace.mark("database classes loaded");
    }

    /** A ledger in memory, migrated like a real one: for tests. */
    public static Services inMemory(String name) {
        return new Services(Database.openInMemory(name));
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

    @Override
    public void close() {
        database.close();
    }
}
