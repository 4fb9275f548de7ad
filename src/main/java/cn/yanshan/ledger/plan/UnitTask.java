package cn.yanshan.ledger.plan;

/** A task in which a unit has a role. */
public record UnitTask(Task task, TaskRole role) {
}
