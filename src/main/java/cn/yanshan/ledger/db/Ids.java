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
 * (an import's count of 20,000 persons took 15 s that way). Two ways round it:
 * <ul>
 *   <li>{@link #in}: the ids written into the statement as numbers, which H2 looks up in a set. Each list makes a new
 *       statement for H2 to parse, which costs when there are many (ids are the database's own numbers, never text
 *       from outside).</li>
 *   <li>{@link #any}: the values bound as one array, {@code field = ANY(?)}: one text per query, parsed once per
 *       connection, each value looked up in the field's index, and safe for text. H2 walks the index value by value
 *       only when the list is the first condition it finds on that index; a range on another of the index's columns
 *       (a date between two others) can come first and make it read the whole index. So {@code any} is for lookups
 *       by key alone (a tenth of an import's preview went into parsing lists of ID numbers), {@code in} for the
 *       rest.</li>
 * </ul>
 * PostgreSQL reads both the same.
 */
public final class Ids {

    /** Ids per {@code IN (...)} list: what {@link #slices} cuts a collection into. */
    public static final int PER_QUERY = 1000;

    private Ids() {
    }

    /** {@code field IN (1, 2, 3 ...)} with the ids inline. */
    public static Condition in(Field<Long> field, Collection<Long> ids) {
        return field.in(ids.stream().map(DSL::inline).toList());
    }

    /** {@code field = ANY(?)}, the values bound as one array of the field's type: for a lookup by key alone. */
    public static <T> Condition any(Field<T> field, Collection<T> values) {
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
