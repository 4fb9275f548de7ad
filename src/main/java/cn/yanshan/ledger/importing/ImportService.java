package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.person.PersonStore;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.placement.PlacementStore;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.unit.Resolution;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import cn.yanshan.ledger.workbook.DataRow;
import cn.yanshan.ledger.workbook.HeaderDetector;
import cn.yanshan.ledger.workbook.HeaderMatch;
import cn.yanshan.ledger.workbook.Limits;
import cn.yanshan.ledger.workbook.Preview;
import cn.yanshan.ledger.workbook.ReadListener;
import cn.yanshan.ledger.workbook.SheetPreview;
import cn.yanshan.ledger.workbook.TableReader;
import cn.yanshan.ledger.workbook.TableSummary;
import cn.yanshan.ledger.workbook.Workbook;
import cn.yanshan.ledger.workbook.WorkbookReader;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Use cases of importing what units send: open a file and find its kind, sheet and header (with the mapping remembered
 * for the unit); check every row without writing; commit all valid rows in one transaction as a batch; undo a batch
 * as a whole; write the rejected rows back as a workbook, and blank templates.
 *
 * <p>Rows are streamed twice, once for the preview and again for the commit (checked again, so that the commit
 * writes what the ledger allows at that moment): memory holds one row's values and a small result per row, never
 * the file.
 */
public final class ImportService {

    /** The kinds, in the order the wizard offers them. */
    public static final List<ImportKind> KINDS = List.of(new PlacementsImport(), new PersonsImport());

    private static final String AUDIT_ENTITY = "import";
    /** Rows checked together: their persons are looked up with one query. */
    private static final int CHUNK = 500;

    private final DSLContext dsl;
    private final ImportStore store;
    private final PersonService persons;
    private final PersonStore personStore;
    private final PlacementService placements;
    private final PlacementStore placementStore;
    private final PlanService plans;
    private final UnitService units;
    private final AuditLog audit;
    private final Counting counting;
    private final Clock clock;
    private final Limits limits;

    public ImportService(DSLContext dsl, ImportStore store, PersonService persons, PersonStore personStore,
                         PlacementService placements, PlacementStore placementStore, PlanService plans,
                         UnitService units, AuditLog audit,
                         Counting counting, Clock clock, Limits limits) {
        this.dsl = dsl;
        this.store = store;
        this.persons = persons;
        this.personStore = personStore;
        this.placements = placements;
        this.placementStore = placementStore;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
        this.counting = counting;
        this.clock = clock;
        this.limits = limits;
    }

    // ---- kinds

    public List<ImportKind> kinds() {
        return KINDS;
    }

    /** The kind of this key (persons, placements); a clear message for any other. */
    public static ImportKind kind(String key) {
        for (ImportKind k : KINDS) {
            if (k.key().equalsIgnoreCase(key.strip()) || k.label().equals(key.strip())) {
                return k;
            }
        }
        throw new LedgerException("没有“" + key + "”这种导入类型，可选：" + String.join("、",
                KINDS.stream().map(k -> k.key() + "（" + k.label() + "）").toList()) + "。");
    }

    /** What the handlers check rows against; {@code unit} is the default 报送单位. */
    public ImportContext context(UnitRef unit) {
        return new ImportContext(persons, placements, units, LocalDate.now(clock), plans.currentPlan(),
                unit == null ? null : unit.name());
    }

    // ---- opening a file

    /**
     * Opens a file and finds the sheet, header and kind (the chosen one, else the one whose columns the header has),
     * and the sending unit ({@code unitName}, else the 填报单位 above the header); the mapping the clerk corrected for
     * that unit before is applied.
     *
     * @throws LedgerException with one Chinese sentence when the file can't be read, or {@code unitName} is no unit
     */
    public FileInspection inspect(Path file, ImportKind chosen, String unitName, ReadListener listener) {
        UnitRef given = unitName == null || unitName.isBlank() ? null : unit(unitName);
        String sha = sha256(file);
        try (Workbook wb = WorkbookReader.open(file, limits, listener)) {
            ImportKind kind = chosen;
            Preview preview = null;
            if (kind == null) {
                int best = Integer.MIN_VALUE;
                for (ImportKind k : KINDS) {
                    Preview p = Preview.of(wb, new HeaderDetector(k.columns()));
                    int score = p.suggested().map(s -> s.header().get().isComplete() ? 1000 + s.score() : s.score()).orElse(-1);
                    if (score > best) {
                        best = score;
                        kind = k;
                        preview = p;
                    }
                }
            } else {
                preview = Preview.of(wb, new HeaderDetector(kind.columns()));
            }
            UnitRef unit = given != null ? given : preview.suggested().flatMap(s -> s.header())
                    .map(HeaderMatch::unit).flatMap(this::unitIfKnown).orElse(null);
            Map<String, String> remembered = unit == null ? Map.of() : rememberedMapping(unit.id(), kind);
            if (!remembered.isEmpty()) {
                preview = Preview.of(wb, new HeaderDetector(kind.columns(), remembered));
            }
            ImportKind k = kind;
            Optional<ImportSetup> setup = preview.suggested().map(s -> new ImportSetup(file, sha, k, s.sheet().index(),
                    s.sheet().name(), s.header().orElseThrow(), unit, Map.of()));
            return new FileInspection(preview, kind, setup, store.activeBySha(dsl, sha));
        }
    }

    /** The setup of a sheet whose header the clerk points at ({@code firstRow}..{@code lastRow}, 1-based). */
    public ImportSetup headerAt(FileInspection inspection, ImportSetup setup, int sheet, int firstRow, int lastRow) {
        SheetPreview sp = inspection.preview().sheets().get(sheet);
        try (Workbook wb = WorkbookReader.open(setup.file(), limits)) {
            HeaderMatch h = new HeaderDetector(setup.kind().columns(), setup.unit() == null ? Map.of()
                    : rememberedMapping(setup.unit().id(), setup.kind()))
                    .atRows(sp.topRows(), wb.headerMerges(sheet), firstRow, lastRow);
            return setup.withHeader(sheet, sp.sheet().name(), h);
        }
    }

    /** The mapping remembered for a unit and kind (header label → column key), empty when none. */
    public Map<String, String> rememberedMapping(long unitId, ImportKind kind) {
        return store.mapping(dsl, unitId, kind.key()).map(ImportService::parseMapping).orElse(Map.of());
    }

    private UnitRef unit(String name) {
        Resolution r = units.resolve(name);
        if (r instanceof Resolution.Found f) {
            return f.unit();
        }
        throw new LedgerException(r instanceof Resolution.Group
                ? "报送单位只能是一个单位，“" + name.strip() + "”指多个单位。" : r.describe());
    }

    private Optional<UnitRef> unitIfKnown(String name) {
        return units.resolve(name) instanceof Resolution.Found f ? Optional.of(f.unit()) : Optional.empty();
    }

    // ---- preview

    /** Checks every row without writing anything. */
    public ImportPreview preview(ImportSetup setup, ReadListener listener) {
        requireComplete(setup);
        Collector c = new Collector();
        TableSummary summary = read(setup, listener, c);
        return new ImportPreview(setup, c.rows, c.counts, c.rejected, summary);
    }

    private static void requireComplete(ImportSetup setup) {
        HeaderMatch h = setup.header();
        if (!h.isComplete()) {
            Map<String, String> labels = new HashMap<>();
            setup.kind().columns().forEach(s -> labels.put(s.key(), s.label()));
            throw new LedgerException("表头中缺少必需的列：" + String.join("、", h.missingRequired().stream()
                    .map(labels::get).toList()) + "。请在列对应中指定这些列，或使用导入模板。");
        }
    }

    private TableSummary read(ImportSetup setup, ReadListener listener, BiConsumer<DataRow, CheckedRow> sink) {
        RowHandler handler = setup.kind().handler(context(setup.unit()));
        List<DataRow> chunk = new ArrayList<>(CHUNK);
        Runnable check = () -> {
            handler.prepare(chunk);
            chunk.forEach(row -> sink.accept(row, handler.check(row)));
            chunk.clear();
        };
        try (Workbook wb = WorkbookReader.open(setup.file(), limits, listener)) {
            TableSummary summary = TableReader.read(wb, setup.sheet(), setup.header(), listener, row -> {
                if (!ImportTemplates.isExample(row)) {
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        check.run();
                    }
                }
                return true;
            });
            check.run();
            return summary;
        }
    }

    /** Gathers the rows' results and counts. */
    private static final class Collector implements BiConsumer<DataRow, CheckedRow> {
        final List<RowResult> rows = new ArrayList<>();
        final List<ImportPreview.RejectedRow> rejected = new ArrayList<>();
        ImportCounts counts = ImportCounts.NONE;

        @Override
        public void accept(DataRow row, CheckedRow checked) {
            RowResult r = checked.result();
            rows.add(r);
            counts = counts.plus(r.status());
            if (r.status() == RowStatus.ERROR) {
                rejected.add(new ImportPreview.RejectedRow(r, row.originalCells()));
            }
        }
    }

    // ---- commit

    /**
     * Writes every valid row in one transaction, as one batch: all of them or, on any failure, nothing. Rows are
     * read and checked again. A file imported before (same content, not undone) writes nothing and says so.
     *
     * @throws LedgerException when no row can be imported (the reason in Chinese); nothing is written then
     */
    public ImportResult commit(ImportSetup setup, ReadListener listener) {
        requireComplete(setup);
        Optional<ImportBatch> before = store.activeBySha(dsl, setup.sha256());
        if (before.isPresent()) {
            return new ImportResult(before.get(), true, Optional.empty());
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        long[] batchId = new long[1];
        ImportPreview[] checked = new ImportPreview[1];
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            batchId[0] = store.insertBatch(t, setup.fileName(), setup.sha256(), setup.unit() == null ? null : setup.unit().id(),
                    setup.kind().key(), setup.sheetName(), now, audit.actor());
            BatchWriter writer = new BatchWriter(t, batchId[0], "导入：" + setup.fileName(), now, store, personStore,
                    placementStore, audit);
            Collector c = new Collector();
            TableSummary summary = read(setup, listener, (row, result) -> {
                c.accept(row, result);
                if (result.result().status().writes()) {
                    writer.add(result.changes());
                }
            });
            writer.flush();
            if (c.counts.writable() == 0) {
                throw new LedgerException(nothingToImport(c.counts));
            }
            store.setCounts(t, batchId[0], c.counts);
            counting.refresh(t, writer.touchedPersons());
            if (setup.unit() != null && !setup.corrected().isEmpty()) {
                Map<String, String> merged = new LinkedHashMap<>(rememberedMapping(setup.unit().id(), setup.kind()));
                merged.putAll(setup.corrected());
                store.saveMapping(t, setup.unit().id(), setup.kind().key(), writeMapping(merged), now);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", setup.fileName());
            after.put("sha256", setup.sha256());
            after.put("kind", setup.kind().key());
            after.put("unit", setup.unit() == null ? null : setup.unit().name());
            after.put("rowsRead", c.counts.rowsRead());
            after.put("created", c.counts.created());
            after.put("updated", c.counts.updated());
            after.put("rejected", c.counts.rejected());
            audit.record(t, AUDIT_ENTITY, batchId[0], AuditLog.GENERATE, null, after);
            checked[0] = new ImportPreview(setup, c.rows, c.counts, c.rejected, summary);
        });
        return new ImportResult(store.batch(dsl, batchId[0]).orElseThrow(), false, Optional.of(checked[0]));
    }

    /** Why a file gives nothing to write, for the clerk. */
    public static String nothingToImport(ImportCounts c) {
        if (c.rowsRead() == 0) {
            return "表头下面没有数据行，没有可导入的内容。";
        }
        StringBuilder sb = new StringBuilder("没有可导入的行：共" + c.rowsRead() + "行");
        if (c.rejected() > 0) {
            sb.append("，").append(c.rejected()).append("行有错误");
        }
        if (c.unchanged() > 0) {
            sb.append("，").append(c.unchanged()).append("行台账中已有");
        }
        if (c.duplicates() > 0) {
            sb.append("，").append(c.duplicates()).append("行在文件内重复");
        }
        return sb.append("。").toString();
    }

    // ---- undo

    /**
     * Reverses a batch as a whole, in one transaction: placements it created and persons it created are removed,
     * persons it changed get their values from before the import back (each with an audit line); one audit line
     * says what the undo removed.
     *
     * @throws LedgerException when the batch is unknown or undone already, or a person it created has since been
     *                         given a placement in another way
     */
    public ImportBatch undo(long batchId) {
        ImportBatch batch = store.batch(dsl, batchId)
                .orElseThrow(() -> new LedgerException("没有编号为" + batchId + "的导入批次。"));
        if (batch.isUndone()) {
            throw new LedgerException("导入批次" + batchId + "已于" + batch.undoneAt().toLocalDate() + "撤销过了。");
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            List<ImportStore.PersonChange> changes = store.personChanges(t, batchId);
            List<Long> created = changes.stream().filter(c -> c.before() == null).map(ImportStore.PersonChange::personId).toList();
            int foreign = placementStore.countOfPersonsOutsideBatch(t, created, batchId);
            if (foreign > 0) {
                throw new LedgerException("该批次新增的人员中，有人在导入之后又登记了" + foreign
                        + "条就业信息，不能整体撤销。请先删除这些就业登记，再撤销本批次。");
            }
            List<AuditLog.Line> lines = new ArrayList<>();
            int removedPlacements = placementStore.deleteOfBatch(t, batchId);
            for (ImportStore.PersonChange c : changes) {
                if (c.before() != null) {
                    Person current = persons.existing(t, c.personId());
                    personStore.update(t, c.personId(), PersonSnapshot.read(c.before()), now);
                    lines.add(new AuditLog.Line(PersonService.AUDIT_ENTITY, c.personId(), AuditLog.UPDATE,
                            current.auditValues(), persons.existing(t, c.personId()).auditValues()));
                }
            }
            store.deletePersonChanges(t, batchId);
            personStore.deleteForGood(t, created);
            audit.recordAll(t, lines);
            counting.refresh(t, changes.stream().map(ImportStore.PersonChange::personId).toList());
            store.setUndone(t, batchId, now);
            Map<String, Object> undone = new LinkedHashMap<>();
            undone.put("file", batch.fileName());
            undone.put("placementsRemoved", removedPlacements);
            undone.put("personsRemoved", created.size());
            undone.put("personsRestored", changes.size() - created.size());
            audit.record(t, AUDIT_ENTITY, batchId, AuditLog.DELETE, undone, null);
        });
        return store.batch(dsl, batchId).orElseThrow();
    }

    // ---- records

    /** 导入记录, newest first. */
    public List<ImportBatch> batches(int offset, int limit) {
        return store.batches(dsl, offset, limit);
    }

    public Optional<ImportBatch> batch(long id) {
        return store.batch(dsl, id);
    }

    // ---- files

    /** Writes the rejected rows of a preview as a workbook for the unit; see {@link ErrorWorkbook}. */
    public void writeErrors(ImportPreview preview, Path out) {
        ErrorWorkbook.write(preview, out);
    }

    /** Writes the blank template of a kind; see {@link ImportTemplates}. */
    public void writeTemplate(ImportKind kind, Path out) {
        ImportTemplates.write(kind, context(null), out);
    }

    /** The SHA-256 of a file's content, hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LedgerException("找不到文件“" + file.getFileName() + "”，请确认它还在原来的位置。", e);
        } catch (IOException e) {
            throw new LedgerException("无法读取文件“" + file.getFileName() + "”：" + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parseMapping(String json) {
        try {
            Map<String, Object> m = JSON.std.mapFrom(json);
            Map<String, String> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
            return out;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String writeMapping(Map<String, String> mapping) {
        try {
            return JSON.std.asString(mapping);
        } catch (IOException e) {
            throw new LedgerException("无法保存列对应：" + e.getMessage(), e);
        }
    }
}
