package cn.yanshan.ledger.audit;

import cn.yanshan.ledger.common.LedgerException;
import com.fasterxml.jackson.jr.ob.JSON;
import org.jooq.DSLContext;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The audit log: who changed which record when, before and after. Services call {@link #record} inside the
 * transaction that makes the change, so a change and its audit line are written together or not at all.
 */
public final class AuditLog {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    public static final String RESTORE = "RESTORE";
    /** Many records written at once (demo data, an import batch): one line that says what was written. */
    public static final String GENERATE = "GENERATE";
    /** Full ID or phone numbers shown or written out (an unmasked export): who saw them, when, which and where. */
    public static final String REVEAL = "REVEAL";

    private final DSLContext dsl;
    private final AuditStore store;
    private final Clock clock;
    private final Supplier<String> actor;

    /** @param actor who is working; the operating system's user until the program has a login */
    public AuditLog(DSLContext dsl, AuditStore store, Clock clock, Supplier<String> actor) {
        this.dsl = dsl;
        this.store = store;
        this.clock = clock;
        this.actor = actor;
    }

    public static Supplier<String> osUser() {
        return () -> {
            String name = System.getProperty("user.name");
            return name == null || name.isBlank() ? "unknown" : name;
        };
    }

    /**
     * Writes one line inside the caller's transaction {@code tx}. {@code before} is {@code null} for a record
     * just created, {@code after} is {@code null} for one removed for good.
     */
    public void record(DSLContext tx, String entity, Long entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        store.insert(tx, LocalDateTime.now(clock), actor.get(), entity, entityId, action, json(before), json(after));
    }

    /** Writes one line in a transaction of its own: for events that change no record, such as a {@link #REVEAL}. */
    public void record(String entity, Long entityId, String action, Map<String, ?> before, Map<String, ?> after) {
        dsl.transaction(tx -> record(tx.dsl(), entity, entityId, action, before, after));
    }

    /** One line of {@link #recordAll}. */
    public record Line(String entity, Long entityId, String action, Map<String, ?> before, Map<String, ?> after) {
    }

    /** Writes many lines at once inside the caller's transaction (an import batch): one JDBC batch. */
    public void recordAll(DSLContext tx, List<Line> lines) {
        List<Object[]> rows = new java.util.ArrayList<>(lines.size());
        for (Line l : lines) {
            rows.add(new Object[] {l.entity(), l.entityId(), l.action(), json(l.before()), json(l.after())});
        }
        store.insertBatch(tx, LocalDateTime.now(clock), actor.get(), rows);
    }

    /** Who is working, as the audit log names them. */
    public String actor() {
        return actor.get();
    }

    /** The history of one record, oldest first. */
    public List<AuditEntry> history(String entity, long entityId) {
        return store.ofRecord(dsl, entity, entityId);
    }

    /** The newest lines first. */
    public List<AuditEntry> recent(int offset, int limit) {
        return store.recent(dsl, offset, limit);
    }

    public int count() {
        return store.count(dsl);
    }

    /** The lines the filter keeps, newest first, a page at a time. The log is read, never edited. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return store.find(dsl, filter, offset, limit);
    }

    public int count(AuditFilter filter) {
        return store.count(dsl, filter);
    }

    public List<String> actors() {
        return store.actors(dsl);
    }

    private static String json(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        try {
            return JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(values);
        } catch (IOException e) {
            throw new LedgerException("无法写入操作日志：" + e.getMessage(), e);
        }
    }
}
