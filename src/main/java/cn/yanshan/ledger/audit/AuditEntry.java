package cn.yanshan.ledger.audit;

import java.time.LocalDateTime;

/** One line of the audit log: who changed which record when, with the record before and after as JSON text. */
public record AuditEntry(long id, LocalDateTime happenedAt, String actor, String entity, Long entityId,
                         String action, String beforeJson, String afterJson) {
}
