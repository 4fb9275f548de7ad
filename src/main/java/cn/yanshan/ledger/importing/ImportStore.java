package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.db.JdbcBatch;
import cn.yanshan.ledger.db.generated.tables.records.ImportBatchRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jooq.DSLContext;

import static cn.yanshan.ledger.db.generated.Tables.IMPORT_BATCH;
import static cn.yanshan.ledger.db.generated.Tables.IMPORT_MAPPING;
import static cn.yanshan.ledger.db.generated.Tables.IMPORT_PERSON_CHANGE;

/** The only code that reads and writes the import tables: batches, the persons they changed, remembered mappings. */
public final class ImportStore {

    private final LongFunction<String> unitNames;

    /** @param unitNames a unit's name by its id */
    public ImportStore(LongFunction<String> unitNames) {
        this.unitNames = unitNames;
    }

    /** A person a batch created ({@code before} null) or changed (its values before, JSON). */
    public record PersonChange(long personId, String action, String before) {
    }

    public long insertBatch(DSLContext tx, String fileName, String sha256, Long unitId, String kind, String sheetName,
                            LocalDateTime at, String actor) {
        ImportBatchRecord r = tx.newRecord(IMPORT_BATCH);
        r.setFileName(fileName.length() > 260 ? fileName.substring(0, 260) : fileName);
        r.setFileSha256(sha256);
        r.setUnitId(unitId);
        r.setKind(kind);
        r.setSheetName(sheetName.length() > 100 ? sheetName.substring(0, 100) : sheetName);
        r.setImportedAt(at);
        r.setActor(actor);
        r.setRowsRead(0);
        r.setCreated(0);
        r.setUpdated(0);
        r.setRejected(0);
        r.setDuplicates(0);
        r.setUnchanged(0);
        r.store();
        return r.getId();
    }

    public void setCounts(DSLContext tx, long batchId, ImportCounts c) {
        tx.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.ROWS_READ, c.rowsRead())
                .set(IMPORT_BATCH.CREATED, c.created())
                .set(IMPORT_BATCH.UPDATED, c.updated())
                .set(IMPORT_BATCH.REJECTED, c.rejected())
                .set(IMPORT_BATCH.DUPLICATES, c.duplicates())
                .set(IMPORT_BATCH.UNCHANGED, c.unchanged())
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    public void setUndone(DSLContext tx, long batchId, LocalDateTime at) {
        tx.update(IMPORT_BATCH).set(IMPORT_BATCH.UNDONE_AT, at).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    public Optional<ImportBatch> batch(DSLContext dsl, long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(this::toBatch);
    }

    /** The batch that imported a file with this content and was not undone, if any. */
    public Optional<ImportBatch> activeBySha(DSLContext dsl, String sha256) {
        return dsl.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.FILE_SHA256.eq(sha256), IMPORT_BATCH.UNDONE_AT.isNull())
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOptional(this::toBatch);
    }

    /** Newest first. */
    public List<ImportBatch> batches(DSLContext dsl, int offset, int limit) {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).limit(limit).offset(offset)
                .fetch(this::toBatch);
    }

    public void insertPersonChanges(DSLContext tx, long batchId, List<PersonChange> changes) {
        JdbcBatch.insert(tx, IMPORT_PERSON_CHANGE, List.of(IMPORT_PERSON_CHANGE.BATCH_ID, IMPORT_PERSON_CHANGE.PERSON_ID,
                        IMPORT_PERSON_CHANGE.ACTION, IMPORT_PERSON_CHANGE.BEFORE_TEXT), changes,
                c -> new Object[] {batchId, c.personId(), c.action(), c.before()});
    }

    public List<PersonChange> personChanges(DSLContext dsl, long batchId) {
        return dsl.selectFrom(IMPORT_PERSON_CHANGE).where(IMPORT_PERSON_CHANGE.BATCH_ID.eq(batchId))
                .orderBy(IMPORT_PERSON_CHANGE.PERSON_ID)
                .fetch(r -> new PersonChange(r.getPersonId(), r.getAction(), r.getBeforeText()));
    }

    public void deletePersonChanges(DSLContext tx, long batchId) {
        tx.deleteFrom(IMPORT_PERSON_CHANGE).where(IMPORT_PERSON_CHANGE.BATCH_ID.eq(batchId)).execute();
    }

    public Optional<String> mapping(DSLContext dsl, long unitId, String kind) {
        return dsl.select(IMPORT_MAPPING.MAPPING_TEXT).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.UNIT_ID.eq(unitId), IMPORT_MAPPING.KIND.eq(kind)).fetchOptional(r -> r.value1());
    }

    public void saveMapping(DSLContext tx, long unitId, String kind, String mappingJson, LocalDateTime at) {
        tx.mergeInto(IMPORT_MAPPING)
                .using(tx.selectOne())
                .on(IMPORT_MAPPING.UNIT_ID.eq(unitId), IMPORT_MAPPING.KIND.eq(kind))
                .whenMatchedThenUpdate().set(IMPORT_MAPPING.MAPPING_TEXT, mappingJson).set(IMPORT_MAPPING.UPDATED_AT, at)
                .whenNotMatchedThenInsert(IMPORT_MAPPING.UNIT_ID, IMPORT_MAPPING.KIND, IMPORT_MAPPING.MAPPING_TEXT,
                        IMPORT_MAPPING.UPDATED_AT)
                .values(unitId, kind, mappingJson, at)
                .execute();
    }

    private ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getFileName(), r.getFileSha256(), r.getUnitId(),
                r.getUnitId() == null ? null : unitNames.apply(r.getUnitId()), r.getKind(), r.getSheetName(),
                r.getImportedAt(), r.getActor(),
                new ImportCounts(r.getRowsRead(), r.getCreated(), r.getUpdated(), r.getDuplicates(), r.getUnchanged(),
                        r.getRejected()),
                r.getUndoneAt());
    }
}
