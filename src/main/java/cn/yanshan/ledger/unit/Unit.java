package cn.yanshan.ledger.unit;

import java.util.List;

/** 单位: one real body, whatever the spellings of its name. */
public record Unit(long id, String name, UnitKind kind, String townshipCode,
                   String contactPerson, String phone, String email, String note,
                   List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }

    public UnitRef ref() {
        return new UnitRef(id, name);
    }

    public boolean isTownship() {
        return kind == UnitKind.TOWNSHIP;
    }

    public Unit withDetails(UnitKind newKind, String newContact, String newPhone, String newEmail, String newNote) {
        return new Unit(id, name, newKind, townshipCode, newContact, newPhone, newEmail, newNote, aliases);
    }
}
