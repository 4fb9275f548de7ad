package cn.yanshan.ledger.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.List;

import static cn.yanshan.ledger.db.generated.Tables.AUDIT_LOG;

/** The only code that reads and writes the audit log table. */
public final class AuditStore {

    public void insert(DSLContext dsl, LocalDateTime at, String actor, String entity, Long entityId, String action,
                       String before, String after) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.HAPPENED_AT, at)
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.BEFORE_TEXT, before)
                .set(AUDIT_LOG.AFTER_TEXT, after)
                .execute();
    }

    /** Writes many lines as one JDBC batch: {entity, entityId, action, before, after} each. */
    public void insertBatch(DSLContext dsl, LocalDateTime at, String actor, List<Object[]> lines) {
        cn.yanshan.ledger.db.JdbcBatch.insert(dsl, AUDIT_LOG, List.of(AUDIT_LOG.HAPPENED_AT, AUDIT_LOG.ACTOR,
                        AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_TEXT, AUDIT_LOG.AFTER_TEXT),
                lines, l -> new Object[] {at, actor, l[0], l[1], l[2], l[3], l[4]});
    }

    public List<AuditEntry> ofRecord(DSLContext dsl, String entity, long entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity), AUDIT_LOG.ENTITY_ID.eq(entityId))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AuditStore::toEntry);
    }

    public List<AuditEntry> recent(DSLContext dsl, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).offset(offset)
                .fetch(AuditStore::toEntry);
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(AUDIT_LOG);
    }

    /** The lines the filter keeps, newest first. */
    public List<AuditEntry> find(DSLContext dsl, AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(condition(filter)).orderBy(AUDIT_LOG.ID.desc()).limit(limit).offset(offset)
                .fetch(AuditStore::toEntry);
    }

    public int count(DSLContext dsl, AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, condition(filter));
    }

    private static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.entity() != null && !f.entity().isBlank()) {
            c = c.and(AUDIT_LOG.ENTITY.eq(f.entity()));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            c = c.and(AUDIT_LOG.ACTOR.eq(f.actor()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_LOG.HAPPENED_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_LOG.HAPPENED_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip();
            c = c.and(AUDIT_LOG.BEFORE_TEXT.contains(t).or(AUDIT_LOG.AFTER_TEXT.contains(t)));
        }
        return c;
    }

    /** Who appears in the log, for the filter's choice. */
    public List<String> actors(DSLContext dsl) {
        return dsl.selectDistinct(AUDIT_LOG.ACTOR).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTOR).fetch(AUDIT_LOG.ACTOR);
    }

    private static AuditEntry toEntry(Record r) {
        return new AuditEntry(r.get(AUDIT_LOG.ID), r.get(AUDIT_LOG.HAPPENED_AT), r.get(AUDIT_LOG.ACTOR),
                r.get(AUDIT_LOG.ENTITY), r.get(AUDIT_LOG.ENTITY_ID), r.get(AUDIT_LOG.ACTION),
                r.get(AUDIT_LOG.BEFORE_TEXT), r.get(AUDIT_LOG.AFTER_TEXT));
    }
}
