package cn.yanshan.ledger.db;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Conditions on lists of row ids. jOOQ binds each value of {@code field.in(list)} as {@code cast(? as bigint)}; H2
 * then compares every row it reads with the whole list, casting each parameter again (an import's count of 20,000
 * persons took 15 s that way). Ids written into the statement as numbers make H2 look them up in a set instead.
 * Ids are the database's own numbers, never text from outside.
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
