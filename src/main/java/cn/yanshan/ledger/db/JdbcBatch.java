package cn.yanshan.ledger.db;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Bulk inserts through one JDBC prepared statement: the SQL is rendered by jOOQ once, the rows are bound as plain
 * values. For tens of thousands of rows this is several times faster than binding through jOOQ, whose per-value
 * bookkeeping then dominates.
 */
public final class JdbcBatch {

    private JdbcBatch() {
    }

    /**
     * Inserts {@code rows} into {@code table}; {@code values} gives a row's values in the order of {@code fields}
     * (dates as {@link java.time.LocalDate}, timestamps as {@link java.time.LocalDateTime}, null allowed).
     */
    public static <R> void insert(DSLContext dsl, Table<?> table, List<? extends Field<?>> fields, List<R> rows,
                                  Function<R, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dsl.render(dsl.insertInto(table).columns(fields)
                .values(fields.stream().map(f -> DSL.param(f.getName(), f.getDataType())).toArray(Field[]::new)));
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (R row : rows) {
                    Object[] v = values.apply(row);
                    for (int i = 0; i < v.length; i++) {
                        ps.setObject(i + 1, v[i]);
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Inserts {@code items} into {@code table} through one reused record: {@code fill} writes an item into it, and
     * its values for every column except {@code left} are sent (leave out the identity and columns set later).
     */
    public static <R extends Record, T> void insertFilled(DSLContext dsl, Table<R> table, Set<? extends Field<?>> left,
                                                          List<T> items, BiConsumer<R, T> fill) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (!left.contains(f)) {
                fields.add(f);
            }
        }
        R record = table.newRecord();
        insert(dsl, table, fields, items, item -> {
            fill.accept(record, item);
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = record.get(fields.get(i));
            }
            return values;
        });
    }
}
