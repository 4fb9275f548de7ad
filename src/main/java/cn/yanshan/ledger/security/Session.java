package cn.yanshan.ledger.security;

/** Who opened the ledger, and the key that opens its database file. */
public record Session(Account account, DataKey key) {

    public boolean may(Role needed) {
        return switch (needed) {
            case READ_ONLY -> true;
            case CLERK -> account.role() != Role.READ_ONLY;
            case ADMIN -> account.role() == Role.ADMIN;
        };
    }
}
