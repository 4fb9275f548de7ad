package cn.yanshan.ledger.db;

import cn.yanshan.ledger.common.DiskFull;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.db.generated.Tables;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.sql.SQLException;

/**
 * The embedded H2 database: opened from a file in the data folder, migrated by Flyway with the migrations
 * shipped in the jar, and handed out as a jOOQ {@link DSLContext}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's "Database may be already in use" error. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2's "Wrong user name or password". */
    private static final int H2_WRONG_PASSWORD = 28000;
    /** H2's "Error while decrypting the file". */
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings()
                .withRenderSchema(false)
                .withExecuteLogging(false));
    }

    /**
     * Loads jOOQ's classes and the generated tables ahead of the first query, by rendering (not running) a query
     * like the first ones. Start-up runs it on a spare thread while the database opens.
     */
    public static void preload() {
        DSLContext offline = DSL.using(SQLDialect.H2, new Settings().withRenderSchema(false));
        offline.select(Tables.TASK.fields()).select(Tables.PLAN_SECTION.NUMBER)
                .from(Tables.TASK).join(Tables.PLAN_SECTION).on(Tables.PLAN_SECTION.ID.eq(Tables.TASK.SECTION_ID))
                .where(Tables.PLAN_SECTION.PLAN_ID.eq(1L))
                .orderBy(Tables.PLAN_SECTION.NUMBER, Tables.TASK.NUMBER)
                .getSQL();
        offline.selectFrom(Tables.PLAN).orderBy(Tables.PLAN.IS_CURRENT.desc()).limit(1).getSQL();
    }

    /** Opens (creating if needed) the database file {@code base.mv.db} and migrates it. */
    public static Database openFile(Path base) {
        // FILE_LOCK=FS: the operating system's lock, released when a process dies, so a crash never blocks the next start.
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE";
        return open(url);
    }

    /**
     * Opens (creating if needed) the AES-encrypted database file {@code base.mv.db} with the given file password and
     * migrates it. A wrong password is a {@link LedgerException}, never a damaged file.
     */
    public static Database openEncryptedFile(Path base, char[] filePassword) {
        return openEncryptedFile(base, filePassword, db -> { });
    }

    /**
     * As {@link #openEncryptedFile(Path, char[])}; a database written by an older release is first handed to
     * {@code beforeUpgrade} (which backs it up), then migrated.
     */
    public static Database openEncryptedFile(Path base, char[] filePassword, Consumer<Database> beforeUpgrade) {
        // TRACE_LEVEL_FILE=0: no ledger.trace.db, whose error lines would quote values in clear.
        // WRITE_DELAY=0: a commit is on disk when it returns (H2 would otherwise write it up to half a second later,
        // and a power cut or a full disk in that time would lose what the clerk saw saved).
        String url = "jdbc:h2:file:" + base.toAbsolutePath()
                + ";CIPHER=AES;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0";
        // H2 takes "<file password> <user password>"; the database user has an empty password
        return open(url, new String(filePassword) + " ", beforeUpgrade);
    }

    /** What lies at a database file's place: nothing yet, a file from before encryption, or an encrypted file. */
    public enum FileState {
        NONE, PLAIN, ENCRYPTED
    }

    /** Reads the first bytes of {@code base.mv.db}: H2 begins an encrypted file with "H2encrypt". */
    public static FileState fileState(Path base) {
        Path file = file(base);
        if (!Files.exists(file)) {
            return FileState.NONE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER) ? FileState.ENCRYPTED : FileState.PLAIN;
        } catch (IOException e) {
            throw new LedgerException("无法读取台账数据库文件 " + file + "：" + e.getMessage() + "。请检查文件权限。", e);
        }
    }

    /**
     * Encrypts a database file written by a release before encryption, in place. The file is first copied beside
     * itself, so a failure (a full disk) puts the original back; on success the copy is deleted.
     */
    public static void encryptPlainFile(Path base, char[] filePassword) {
        Path file = file(base);
        Path copy = file.resolveSibling(file.getFileName() + ".before-encryption");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            ChangeFileEncryption.execute(file.getParent().toString(), base.getFileName().toString(),
                    "AES", null, filePassword.clone(), true);
            Files.delete(copy);
        } catch (IOException | SQLException e) {
            try {
                if (Files.exists(copy)) {
                    Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            LOG.error("Encrypting the database file failed", e);
            throw new LedgerException("无法加密台账数据库（" + e.getMessage() + "）。数据库保持原样；"
                    + "请检查磁盘空间（需要与数据库文件同样大的空闲空间）后重试。", e);
        }
    }

    /**
     * Whether another program (or another window of this one) has the database file open: H2 holds the operating
     * system's lock on it while it is open. Asked before the sign-in, so that a second start says so at once.
     */
    public static boolean inUse(Path base) {
        Path file = file(base);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException e) {
            // unreadable here: opening it will say why
            return false;
        }
    }

    /** The message for a ledger open elsewhere. */
    public static LedgerException openElsewhere(Throwable cause) {
        return new LedgerException("台账已经在另一个窗口或程序中打开。请切换到已打开的窗口继续工作；"
                + "如果确认没有打开，请稍候几秒再试。", cause);
    }

    private static Path file(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** An in-memory database, for tests and tools. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    static Database open(String url) {
        return open(url, "", db -> { });
    }

    private static Database open(String url, String password, Consumer<Database> beforeUpgrade) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e);
        }
        Database database = new Database(pool);
        int version = database.schemaVersion();
        if (version > SCHEMA_VERSION) {
            pool.dispose();
            throw new LedgerException("这份台账是由更新版本的程序写入的（数据库版本 " + version + "，本程序支持到 "
                    + SCHEMA_VERSION + "）。请安装最新版本的程序后再打开；台账没有改动。");
        }
        if (version > 0 && version < SCHEMA_VERSION) {
            try {
                beforeUpgrade.accept(database);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
        }
        if (database.migrate() && url.startsWith("jdbc:h2:file:")) {
            // H2 2.4.240 ties each CHECK (x IN (...)) constraint to the session that created it, and fails every
            // later insert with "Check constraint invalid" once that session is closed (h2database #4308). The
            // sessions that ran the migrations live in this pool; opening the file again has H2 read the
            // constraints afresh, bound to no client session. Only after a migration: a first start, an upgrade.
            database.shutdown("SHUTDOWN");
            return open(url, password, beforeUpgrade);
        }
        return database;
    }

    /**
     * The newest migration in {@code db-migrations/}. A database already at this version is not handed to Flyway,
     * whose start-up and class-path scan would cost a noticeable part of the program's start; a test keeps this
     * number equal to the newest file.
     */
    public static final int SCHEMA_VERSION = 9;

    /** Brings the schema to {@link #SCHEMA_VERSION}; true when migrations ran. */
    private boolean migrate() {
        if (schemaVersion() == SCHEMA_VERSION) {
            return false;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            LOG.error("Database migration failed", e);
            throw new LedgerException("台账数据库升级失败，数据未被改动。请联系维护人员，并提供数据文件夹中的日志文件。", e);
        }
        return true;
    }

    /** The highest version Flyway applied successfully, or -1 for a new or unreadable database. */
    public int schemaVersion() {
        try (Connection c = pool.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            int max = -1;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    static LedgerException translate(SQLException e) {
        if (e.getErrorCode() == H2_WRONG_PASSWORD || e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR) {
            return new LedgerException("无法解密台账数据库：密钥不正确，或数据库文件不是用当前账户文件加密的。"
                    + "请确认数据文件夹中的 ledger.keys 与 ledger.mv.db 来自同一份台账。", e);
        }
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return openElsewhere(e);
        }
        if (DiskFull.isCause(e)) {
            return DiskFull.exception(e);
        }
        LOG.error("Could not open the database", e);
        return new LedgerException("无法打开台账数据库：" + e.getMessage() + "。请检查数据文件夹是否可写、磁盘是否已满。", e);
    }

    /** A consistent copy of the database file, written while the program runs (H2's BACKUP TO), as a zip. */
    public void backupTo(Path zip) {
        dsl.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    /** Every table of the ledger with its number of rows (Flyway's history left out). */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : dsl.fetch("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> 'flyway_schema_history'")
                .getValues(0, String.class)) {
            counts.put(table, dsl.fetchCount(DSL.table(DSL.name(table.toUpperCase(java.util.Locale.ROOT)))) * 1L);
        }
        return counts;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes the database; closing it again does nothing. */
    @Override
    public void close() {
        shutdown("SHUTDOWN");
    }

    /**
     * Closes the database after rewriting its file without the space that bulk writes left half used (H2's
     * {@code SHUTDOWN COMPACT}). After a large load, such as 200,000 generated persons, the file is otherwise
     * more than twice its size, and H2's background writer spends seconds of CPU on every later start
     * re-packing it, at the moment the window is being shown. About 10 s of CPU for that ledger; closing it
     * again does nothing.
     */
    public void closeCompacted() {
        shutdown("SHUTDOWN COMPACT");
    }

    private void shutdown(String statement) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute(statement);
        } catch (SQLException e) {
            LOG.warn("Database shutdown failed", e);
        } finally {
            pool.dispose();
        }
    }
}
