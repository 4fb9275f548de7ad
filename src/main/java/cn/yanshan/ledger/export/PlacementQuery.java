package cn.yanshan.ledger.export;

import cn.yanshan.ledger.person.PersonQuery;

import java.time.LocalDate;

/**
 * Which placements a list holds: those (not deleted) of the persons a {@link PersonQuery} finds, dated in
 * [{@code from}, {@code to}]; null dates don't bound.
 */
public record PlacementQuery(PersonQuery persons, LocalDate from, LocalDate to) {

    public static final PlacementQuery ALL = new PlacementQuery(PersonQuery.ALL, null, null);

    public PlacementQuery {
        persons = persons == null ? PersonQuery.ALL : persons;
    }
}
