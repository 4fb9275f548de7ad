package cn.yanshan.ledger.db;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Queries by lists of row ids or other keys. jOOQ binds each value of {@code field.in(list)} as
 * {@code cast(? as bigint)}; H2 then compares every row it reads with the whole list, casting each parameter again
 * (an import's count of 20,000 persons took 15 s that way). Two ways round it:
 * <ul>
 *   <li>{@link #keys}: the values bound as one array and read as a table, {@code unnest(?) as keys(v)}, joined with
 *       the table on its key: one text per query, parsed once per connection, each value looked up in the key's
 *       index and nothing compared again, and safe for text. For lookups by key alone (an import's preview looks
 *       up a thousand ID numbers at a time). {@code field = any(?)} finds the same rows through the index too, but
 *       then compares each with the whole array: 14–40 ms per thousand keys against 3–4 ms.</li>
 *   <li>{@link #in}: the ids written into the statement as numbers, which H2 looks up in a set. Each list makes a new
 *       statement for H2 to parse, which costs when there are many (ids are the database's own numbers, never text
 *       from outside). For conditions beside others on the same index (a date between two others), and for
 *       deletes.</li>
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

    /**
     * The distinct values as a table of one column, bound as one array: {@code from(keys.table()).join(T).on(
     * T.KEY.eq(keys.value()))} reads the rows of these keys, each found through the key's index.
     */
    public static <T> Keys<T> keys(Field<T> key, Collection<T> values) {
        @SuppressWarnings("unchecked")
        T[] array = new LinkedHashSet<>(values).toArray((T[]) Array.newInstance(key.getType(), 0));
        Name table = DSL.name("keys");
        Name column = DSL.name("v");
        return new Keys<>(DSL.table("unnest({0}) as {1}({2})", DSL.val(array, key.getDataType().getArrayDataType()),
                table, column), DSL.field(DSL.name(table, column), key.getDataType()));
    }

    /** The rows of {@code table} whose {@code key} is one of {@code values}, through {@link #keys}; in no order. */
    public static <R extends Record, T> Result<R> fetch(DSLContext dsl, Table<R> table, Field<T> key,
                                                        Collection<T> values) {
        Keys<T> keys = keys(key, values);
        return dsl.select(table.fields()).from(keys.table()).join(table).on(key.eq(keys.value())).fetchInto(table);
    }

    /** A list of keys as a table, and its one column; see {@link #keys}. */
    public record Keys<T>(Table<?> table, Field<T> value) {
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
