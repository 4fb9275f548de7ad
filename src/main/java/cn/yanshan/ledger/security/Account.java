package cn.yanshan.ledger.security;

/** A person who may open the ledger. */
public record Account(String name, Role role) {
}
