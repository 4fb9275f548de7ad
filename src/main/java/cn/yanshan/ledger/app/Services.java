package cn.yanshan.ledger.app;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.audit.AuditStore;
import cn.yanshan.ledger.backup.Backups;
import cn.yanshan.ledger.count.CountStore;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.demo.DemoData;
import cn.yanshan.ledger.export.ExportService;
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
import cn.yanshan.ledger.security.Account;
import cn.yanshan.ledger.security.KeyRing;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.security.Vault;
import cn.yanshan.ledger.settings.Settings;
import cn.yanshan.ledger.settings.SettingsStore;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import cn.yanshan.ledger.unit.UnitStore;
import cn.yanshan.ledger.workbook.Limits;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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
    private final Settings settings;
    private final Backups backups;
    private final Account account;
    private final Session session;
    private final Path dataFolder;
    private final ExportService exports;
    private final ImportService imports;

    /**
     * @param dataFolder where attachments are kept ({@code attachments/} inside it)
     * @param clock      what "today" is: the system clock except in tests
     * @param account    who is working: named in the audit log
     */
    private Services(Database database, Path dataFolder, Clock clock, Account account, Session session) {
        this.database = database;
        this.account = account;
        this.session = session;
        this.dataFolder = dataFolder;
        var dsl = database.dsl();
        PlanStore planStore = new PlanStore();
        this.plan = new PlanService(dsl, planStore);
        this.units = new UnitService(dsl, new UnitStore(), plan);
        LongFunction<UnitRef> unitNames = id -> units.byId(id).map(u -> u.ref()).orElse(new UnitRef(id, "单位" + id));
        this.audit = new AuditLog(dsl, new AuditStore(), clock, account::name);
        CountStore countStore = new CountStore();
        this.counting = new Counting(countStore, planStore);
        PersonStore personStore = new PersonStore(unitNames);
        this.persons = new PersonService(dsl, personStore, units, audit, counting, clock);
        PlacementStore placementStore = new PlacementStore(unitNames);
        this.placements = new PlacementService(dsl, placementStore, persons, plan, units, audit, counting, countStore, clock);
        this.stats = new StatsService(dsl, countStore, plan, units, persons, clock);
        this.demo = new DemoData(dsl, personStore, placementStore, units, audit, counting, clock);
        this.reports = new ReportService(dsl, new ReportStore(), plan, units, dataFolder, clock, account.name());
        this.settings = new Settings(dsl, new SettingsStore(), audit, clock, account.name());
        this.backups = backups(database, dataFolder, clock);
        this.exports = new ExportService(plan, units, reports, stats, persons, placements, audit, clock);
        this.imports = new ImportService(dsl, new ImportStore(id -> unitNames.apply(id).name()), persons, personStore,
                placements, placementStore, plan, units, audit, counting, clock, Limits.DEFAULT);
    }

    private static Backups backups(Database database, Path dataFolder, Clock clock) {
        return new Backups(dataFolder, new Backups.LiveDatabase() {
            @Override
            public void backupTo(Path zip) {
                database.backupTo(zip);
            }

            @Override
            public Map<String, Long> rowCounts() {
                return database.rowCounts();
            }

            @Override
            public int schemaVersion() {
                return database.schemaVersion();
            }
        }, clock, AppInfo.version());
    }

    /**
     * Opens the ledger of the data folder for the account signed in ({@link Vault}), creating and migrating its
     * encrypted database on the first start.
     */
    public static Services open(DataFolder folder, Session session) {
        return open(folder, session, Clock.systemDefaultZone());
    }

    /** Loads the database layer's classes ahead of use, on a spare thread during start-up. */
    public static void preload() {
        Database.preload();
        StartupTrace.mark("database classes loaded");
    }

    /** Opens the ledger with a clock that says what day it is: for tests that look at the ledger on a given day. */
    public static Services open(DataFolder folder, Session session, Clock clock) {
        folder.ensureExists();
        // a ledger written by an older release is backed up as it was before its database is migrated
        Database database = Database.openEncryptedFile(folder.databaseBase(), session.key().filePassword(),
                old -> backups(old, folder.root(), clock).create(folder.root().resolve("backups").resolve("upgrade")
                        .resolve("ledger-before-upgrade-v" + old.schemaVersion() + "-" + LocalDate.now(clock) + ".zip"),
                        "升级前自动备份"));
        StartupTrace.mark("database open");
        return new Services(database, folder.root(), clock, session.account(), session);
    }

    /** The door of the data folder: its accounts, the first administrator, signing in. */
    public static Vault vault(DataFolder folder) {
        folder.ensureExists();
        return new Vault(folder.root(), folder.databaseBase());
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
        return new Services(Database.openInMemory(name), dataFolder, clock, new Account(AuditLog.osUser().get(), Role.ADMIN), null);
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

    public Settings settings() {
        return settings;
    }

    /** Backups of this ledger; the folder for automatic ones is {@link #backupFolder()}. */
    public Backups backups() {
        return backups;
    }

    /** Where automatic backups go: the folder chosen in 设置, else {@code backups/} in the data folder. */
    public Path backupFolder() {
        return settings.backupFolder().orElse(backups.defaultFolder());
    }

    /** Who is signed in. */
    public Account account() {
        return account;
    }

    /** The signed-in session with the key, for managing accounts; empty for a ledger in memory. */
    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The accounts of this ledger, read afresh from the data folder. */
    public KeyRing keyRing() {
        return KeyRing.load(dataFolder);
    }

    public boolean isOpen() {
        return !database.isClosed();
    }

    /** 导出: the quarterly summary and report draft, person and placement lists, the whole ledger. */
    public ExportService exports() {
        return exports;
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
