package cn.yanshan.ledger.plan;

/** 措施: one numbered measure of a task; {@code position} counts from 1. */
public record Measure(long id, long taskId, int position, String content) {
}
