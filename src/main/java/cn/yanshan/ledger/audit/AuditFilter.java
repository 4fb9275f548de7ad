package cn.yanshan.ledger.audit;

import java.time.LocalDate;

/**
 * What the 审计日志 screen narrows the log to; every part may be empty. {@code text} is looked for in the record
 * before and after the change: a person's name or ID number, a unit's name.
 */
public record AuditFilter(String entity, String actor, LocalDate from, LocalDate to, String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter withText(String t) {
        return new AuditFilter(entity, actor, from, to, t);
    }
}
