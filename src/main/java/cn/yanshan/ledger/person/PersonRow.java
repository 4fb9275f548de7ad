package cn.yanshan.ledger.person;

import cn.yanshan.ledger.unit.UnitRef;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person as a row of 残疾人台账's list shows them: what the table's columns need and the id that opens the whole
 * {@link Person}. Read from an index alone where the search allows (see {@code db-migrations/V9}).
 */
public record PersonRow(long id, String name, Gender gender, IdNumber idNumber, DisabilityCategory category,
                        DisabilityLevel level, UnitRef township, String village, EmploymentStatus employmentStatus,
                        Set<PersonFlag> flags) {

    public PersonRow {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** The row of a person read whole, e.g. just saved. */
    public static PersonRow of(Person p) {
        return new PersonRow(p.id(), p.name(), p.gender(), p.idNumber(), p.category(), p.level(), p.township(),
                p.village(), p.employmentStatus(), p.flags());
    }

    public boolean has(PersonFlag flag) {
        return flags.contains(flag);
    }
}
