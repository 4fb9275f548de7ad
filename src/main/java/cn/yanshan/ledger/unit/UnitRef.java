package cn.yanshan.ledger.unit;

/** A unit named by its id and canonical name. */
public record UnitRef(long id, String name) {
}
