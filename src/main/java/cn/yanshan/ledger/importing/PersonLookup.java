package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.workbook.DataRow;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** The persons a chunk of rows names, looked up in the ledger by ID number with one query per chunk. */
final class PersonLookup {

    private final PersonService persons;
    private final LocalDate today;
    private Map<String, Optional<Person>> known = new HashMap<>();

    PersonLookup(PersonService persons, LocalDate today) {
        this.persons = persons;
        this.today = today;
    }

    /** Looks up the persons of a chunk's valid ID numbers; returns those found. */
    Collection<Person> prepare(List<DataRow> rows) {
        Set<String> ids = new HashSet<>();
        for (DataRow row : rows) {
            Check<IdNumber> id = PersonColumns.idNumber(row, today);
            if (id.isValid()) {
                ids.add(id.value().value());
            }
        }
        Map<String, Person> found = persons.byIdNumbers(ids);
        known = new HashMap<>();
        ids.forEach(id -> known.put(id, Optional.ofNullable(found.get(id))));
        return found.values();
    }

    /** The person with this canonical ID number, deleted ones included. */
    Optional<Person> byIdNumber(String idNumber) {
        return known.computeIfAbsent(idNumber, id -> persons.findByIdNumber(id));
    }

    /** A handler that looks up each chunk's persons before {@code check} sees its rows. */
    RowHandler handler(Function<DataRow, CheckedRow> check) {
        return handler(found -> { }, check);
    }

    /**
     * A handler that looks up each chunk's persons, then hands those found to {@code alsoPrepare} (to read what
     * else the rows are checked against), before {@code check} sees the chunk's rows.
     */
    RowHandler handler(Consumer<Collection<Person>> alsoPrepare, Function<DataRow, CheckedRow> check) {
        return new RowHandler() {
            @Override
            public void prepare(List<DataRow> rows) {
                alsoPrepare.accept(PersonLookup.this.prepare(rows));
            }

            @Override
            public CheckedRow check(DataRow row) {
                return check.apply(row);
            }
        };
    }
}
