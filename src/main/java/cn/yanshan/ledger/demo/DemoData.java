package cn.yanshan.ledger.demo;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonStore;
import cn.yanshan.ledger.placement.PlacementData;
import cn.yanshan.ledger.placement.PlacementStore;
import cn.yanshan.ledger.unit.Resolution;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Fills a ledger with generated persons and placements ({@link DemoGenerator}), for trying the program and for
 * benchmarks. Written in batches of a few thousand persons per transaction, then the count is rebuilt; the audit log
 * gets one line for the whole run rather than one per generated record.
 */
public final class DemoData {

    public static final int CHUNK = 5000;

    private final DSLContext dsl;
    private final PersonStore persons;
    private final PlacementStore placements;
    private final UnitService units;
    private final AuditLog audit;
    private final Counting counting;
    private final Clock clock;

    public DemoData(DSLContext dsl, PersonStore persons, PlacementStore placements, UnitService units, AuditLog audit,
                    Counting counting, Clock clock) {
        this.dsl = dsl;
        this.persons = persons;
        this.placements = placements;
        this.units = units;
        this.audit = audit;
        this.counting = counting;
        this.clock = clock;
    }

    public record Result(int persons, int placements, Duration took) {
    }

    /** Whether the ledger holds any person (deleted ones too). */
    public boolean hasPersons() {
        return persons.countAll(dsl) > 0;
    }

    /**
     * Generates {@code count} persons with their placements; {@code progress} is told how many persons are written so
     * far after each chunk.
     */
    public Result generate(int count, long seed, IntConsumer progress) {
        if (count < 0) {
            throw new LedgerException("人数不能为负数。");
        }
        long started = System.nanoTime();
        List<UnitRef> townships = units.townships().stream().map(Unit::ref).toList();
        if (townships.isEmpty()) {
            throw new LedgerException("单位名录中没有乡（镇），无法生成演示数据。");
        }
        Resolution county = units.resolve("县残联");
        Long countyId = county instanceof Resolution.Found f ? f.unit().id() : null;
        Set<String> used = persons.allIdNumbers(dsl);
        LocalDate today = LocalDate.now(clock);
        DemoGenerator generator = new DemoGenerator(seed, townships, used, countyId, today);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        int written = 0;
        int placementsWritten = 0;
        while (written < count) {
            int n = Math.min(CHUNK, count - written);
            List<DemoGenerator.Generated> chunk = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                chunk.add(generator.next());
            }
            placementsWritten += dsl.transactionResult(tx -> writeChunk(tx.dsl(), chunk, now));
            written += n;
            if (progress != null) {
                progress.accept(written);
            }
        }
        int totalPlacements = placementsWritten;
        dsl.transaction(tx -> {
            counting.rebuild(tx.dsl());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("persons", count);
            after.put("placements", totalPlacements);
            after.put("seed", seed);
            after.put("source", DemoGenerator.SOURCE);
            audit.record(tx.dsl(), "demo", null, AuditLog.GENERATE, null, after);
        });
        return new Result(count, totalPlacements, Duration.ofNanos(System.nanoTime() - started));
    }

    private int writeChunk(DSLContext tx, List<DemoGenerator.Generated> chunk, LocalDateTime now) {
        List<PersonData> people = chunk.stream().map(DemoGenerator.Generated::person).toList();
        persons.insertBatch(tx, people, now);
        Map<String, Long> ids = persons.idsByIdNumber(tx, people.stream().map(p -> p.idNumber().value()).toList());
        List<PlacementData> rows = new ArrayList<>();
        for (DemoGenerator.Generated g : chunk) {
            long personId = ids.get(g.person().idNumber().value());
            for (PlacementData p : g.placements()) {
                rows.add(p.withPersonId(personId));
            }
        }
        placements.insertBatch(tx, rows, now);
        return rows.size();
    }
}
