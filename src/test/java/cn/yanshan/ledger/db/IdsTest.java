package cn.yanshan.ledger.db;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

    private static final Table<Record> SCRATCH = DSL.table(DSL.name("scratch"));
    private static final Field<Long> ID = DSL.field(DSL.name("scratch", "id"), SQLDataType.BIGINT);
    private static final Field<String> CODE = DSL.field(DSL.name("scratch", "code"), SQLDataType.VARCHAR(18));

    private Database db;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        db = Database.openInMemory("ids-test");
        dsl = db.dsl();
        dsl.execute("CREATE TABLE \"scratch\" (\"id\" BIGINT PRIMARY KEY, \"code\" VARCHAR(18) NOT NULL UNIQUE)");
        dsl.execute("INSERT INTO \"scratch\" SELECT X, 'C' || X FROM SYSTEM_RANGE(1, 5000)");
        dsl.execute("INSERT INTO \"scratch\" VALUES (9001, 'O''Neil')");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, Long> byCodes(List<String> codes) {
        Ids.Keys<String> keys = Ids.keys(CODE, codes);
        return dsl.select(CODE, ID).from(keys.table()).join(SCRATCH).on(CODE.eq(keys.value()))
                .fetchMap(CODE, ID);
    }

    @Test
    void keysReadTheRowsOfTheGivenKeysOnceEachWhateverRepeatsOrIsMissing() {
        Ids.Keys<Long> keys = Ids.keys(ID, List.of(7L, 3L, 7L, 4_999L, 123_456L));
        List<Long> found = dsl.select(ID).from(keys.table()).join(SCRATCH).on(ID.eq(keys.value())).fetch(ID);

        assertThat(found).containsExactlyInAnyOrder(3L, 7L, 4_999L);
        assertThat(byCodes(List.of("C12", "C12", "O'Neil", "'; DROP TABLE scratch; --", "c12")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("C12", 12L, "O'Neil", 9001L));
        assertThat(byCodes(List.of())).isEmpty();
        assertThat(dsl.fetchCount(SCRATCH)).isEqualTo(5001);
    }

    @Test
    void aThousandKeysAreOneStatementLookedUpThroughTheKeysIndex() {
        List<String> codes = LongStream.rangeClosed(1, 1000).mapToObj(i -> "C" + (i * 5)).toList();
        Ids.Keys<String> keys = Ids.keys(CODE, codes);
        String plan = dsl.resultQuery("EXPLAIN {0}",
                dsl.select(CODE, ID).from(keys.table()).join(SCRATCH).on(CODE.eq(keys.value()))).fetchOne(0, String.class);

        assertThat(plan).as(plan).containsPattern("(?i)/\\* PUBLIC\\.CONSTRAINT_INDEX_\\w+: \"?code\"? = \"?keys\"?\\.\"?v\"?");
        assertThat(byCodes(codes)).hasSize(1000)
                .isEqualTo(codes.stream().collect(Collectors.toMap(c -> c, c -> Long.parseLong(c.substring(1)))));
    }
}
