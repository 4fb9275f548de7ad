package cn.yanshan.ledger.db;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conditions on lists of row ids or other keys. jOOQ binds each value of {@code field.in(list)} as
 * {@code cast(? as bigint)}; H2 then compares every row it reads with the whole list, casting each parameter again
 * (an import's count of 20,000 persons took 15 s that way). Values written into the statement avoid that, but make
 * every statement new text that H2 parses again (a tenth of an import's preview went into parsing such lists). So
 * the values are bound as one array, {@code field = ANY(?)}: one text per query, parsed once per connection, and
 * each value looked up in the field's index. PostgreSQL reads the same.
 */
public final class Ids {

    /** Ids per {@code IN (...)} list: what {@link #slices} cuts a collection into. */
    public static final int PER_QUERY = 1000;

    private Ids() {
    }

    /** {@code field = ANY(?)}, the values bound as one array of the field's type. */
    public static <T> Condition in(Field<T> field, Collection<T> values) {
        @SuppressWarnings("unchecked")
        T[] array = values.toArray((T[]) Array.newInstance(field.getType(), values.size()));
        return DSL.condition("{0} = any({1})", field, DSL.val(array, field.getDataType().getArrayDataType()));
    }

    /** The values (ids, or other keys of a row) in slices of at most {@link #PER_QUERY}, in their order. */
    public static <T> List<List<T>> slices(Collection<T> ids) {
        List<T> all = new ArrayList<>(ids);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PER_QUERY) {
            slices.add(all.subList(from, Math.min(all.size(), from + PER_QUERY)));
        }
        return slices;
    }
}
