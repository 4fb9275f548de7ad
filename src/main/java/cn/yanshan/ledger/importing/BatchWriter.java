package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.person.PersonStore;
import cn.yanshan.ledger.placement.PlacementData;
import cn.yanshan.ledger.placement.PlacementStore;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Writes the changes of an import's valid rows inside the commit's transaction, a chunk of rows at a time through
 * JDBC batches: new persons, then their ids, then the placements and what undo needs. Records the import creates are
 * audited as the project audits bulk writes: one line for the batch (written by the service), the records found
 * through the batch (placement.import_batch_id, import_person_change); a person it changes gets a line of its own
 * with the values before and after.
 */
final class BatchWriter {

    static final int CHUNK = 1000;

    private final DSLContext tx;
    private final long batchId;
    private final String source;
    private final LocalDateTime now;
    private final ImportStore store;
    private final PersonStore persons;
    private final PlacementStore placements;
    private final AuditLog audit;

    private final List<PersonData> newPersons = new ArrayList<>();
    private final List<Change.UpdatePerson> updates = new ArrayList<>();
    private final List<Change.CreatePlacement> newPlacements = new ArrayList<>();
    private final Set<Long> touched = new HashSet<>();
    private final Set<Long> updatedBefore = new HashSet<>();
    private int pendingRows;

    BatchWriter(DSLContext tx, long batchId, String source, LocalDateTime now, ImportStore store, PersonStore persons,
                PlacementStore placements, AuditLog audit) {
        this.tx = tx;
        this.batchId = batchId;
        this.source = source.length() > 200 ? source.substring(0, 200) : source;
        this.now = now;
        this.store = store;
        this.persons = persons;
        this.placements = placements;
        this.audit = audit;
    }

    void add(List<Change> changes) {
        for (Change c : changes) {
            if (c instanceof Change.CreatePerson p) {
                newPersons.add(p.data());
            } else if (c instanceof Change.UpdatePerson u) {
                updates.add(u);
            } else if (c instanceof Change.CreatePlacement p) {
                newPlacements.add(p);
            }
        }
        if (++pendingRows >= CHUNK) {
            flush();
        }
    }

    /** The persons created or changed so far, for the count toward the target. */
    Set<Long> touchedPersons() {
        return touched;
    }

    void flush() {
        List<AuditLog.Line> lines = new ArrayList<>();
        List<ImportStore.PersonChange> changes = new ArrayList<>();
        persons.insertBatch(tx, newPersons, now);
        Set<String> wanted = new LinkedHashSet<>();
        newPersons.forEach(p -> wanted.add(p.idNumber().value()));
        newPlacements.forEach(p -> wanted.add(p.idNumber()));
        Map<String, Long> ids = persons.idsByIdNumber(tx, wanted);
        List<Long> created = newPersons.stream().map(p -> ids.get(p.idNumber().value())).toList();
        created.forEach(id -> changes.add(new ImportStore.PersonChange(id, "CREATE", null)));
        touched.addAll(created);
        for (Change.UpdatePerson u : updates) {
            long id = u.before().id();
            if (updatedBefore.add(id)) {
                changes.add(new ImportStore.PersonChange(id, "UPDATE", PersonSnapshot.write(PersonColumns.dataOf(u.before()))));
            }
            Person before = persons.byId(tx, id).orElseThrow();
            persons.update(tx, id, u.after(), now);
            lines.add(new AuditLog.Line(PersonService.AUDIT_ENTITY, id, AuditLog.UPDATE, before.auditValues(),
                    persons.byId(tx, id).orElseThrow().auditValues()));
            touched.add(id);
        }
        List<PlacementData> rows = new ArrayList<>(newPlacements.size());
        for (Change.CreatePlacement p : newPlacements) {
            PlacementData d = p.data();
            long personId = ids.get(p.idNumber());
            rows.add(new PlacementData(personId, d.placedOn(), d.form(), d.employer(), d.job(), d.location(),
                    d.monthlyIncome(), d.taskId(), d.reportingUnitId(), source, batchId, d.verified(), d.endedOn(), d.note()));
            touched.add(personId);
        }
        placements.insertBatch(tx, rows, now);
        store.insertPersonChanges(tx, batchId, changes);
        audit.recordAll(tx, lines);
        newPersons.clear();
        updates.clear();
        newPlacements.clear();
        pendingRows = 0;
    }
}
