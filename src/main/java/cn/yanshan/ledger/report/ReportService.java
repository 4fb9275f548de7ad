package cn.yanshan.ledger.report;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanOutline;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 季度报送: the reporting periods of the current plan, which lead units have reported on their tasks, the reports
 * themselves (three parts, figures, contributions, attachments), the measures' status per period, reminders to the
 * units that are late, and locking a period once its summary went upward. "Today" comes from the clock, so tests
 * (and the exports built on this service) see the matrix as of any day.
 */
public final class ReportService {

    private final DSLContext dsl;
    private final ReportStore store;
    private final PlanService plans;
    private final UnitService units;
    private final AttachmentFiles files;
    private final Clock clock;
    private final String clerk;

    /**
     * @param dataFolder the folder that holds the ledger; attachments are copied into its {@code attachments/}
     * @param clerk      who makes the changes, written into locks and the change log
     */
    public ReportService(DSLContext dsl, ReportStore store, PlanService plans, UnitService units, Path dataFolder,
                         Clock clock, String clerk) {
        this.dsl = dsl;
        this.store = store;
        this.plans = plans;
        this.units = units;
        this.files = new AttachmentFiles(dataFolder);
        this.clock = clock;
        this.clerk = clerk == null || clerk.isBlank() ? "-" : clerk;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- periods

    /** The current plan's periods in order, each with its phase today, counts of reports and its lock. */
    public List<PeriodOverview> periods() {
        Plan plan = plans.currentPlan();
        List<TaskDetail> tasks = plans.allTasks();
        Map<ReportKey, ReportStore.ReportHead> heads = heads(plan);
        Map<Long, PeriodLock> locks = store.locks(dsl, plan.id());
        LocalDate today = today();
        List<PeriodOverview> out = new ArrayList<>();
        for (ReportingPeriod p : store.periods(dsl, plan.id())) {
            List<MatrixCell> cells = cells(p, tasks, heads, today);
            int received = (int) cells.stream().filter(c -> c.status().received()).count();
            int overdue = (int) cells.stream().filter(c -> c.status() == ReportStatus.OVERDUE).count();
            out.add(new PeriodOverview(p, phase(p, today), cells.size(), received, overdue,
                    Optional.ofNullable(locks.get(p.id()))));
        }
        return out;
    }

    public ReportingPeriod period(long periodId) {
        return store.period(dsl, periodId).orElseThrow(() -> new LedgerException("该报送期已不存在，请刷新后再试。"));
    }

    /** The period of the current plan for a year and quarter, as the command line names it. */
    public ReportingPeriod period(int year, int quarter) {
        return store.periods(dsl, plans.currentPlan().id()).stream()
                .filter(p -> p.year() == year && p.quarter() == quarter).findFirst()
                .orElseThrow(() -> new LedgerException("当前方案没有" + year + "年第" + quarter + "季度的报送期。"
                        + "方案的报送期为方案实施期限内的各季度。"));
    }

    /**
     * The period the clerk works on: the latest whose quarter has ended — its reports are due next or were due most
     * recently — or the first period while none has ended. After the plan is over this is its last period.
     */
    public ReportingPeriod currentPeriod(LocalDate today) {
        List<ReportingPeriod> all = store.periods(dsl, plans.currentPlan().id());
        if (all.isEmpty()) {
            throw new LedgerException("当前方案没有报送期。请检查方案的实施期限。");
        }
        ReportingPeriod current = all.get(0);
        for (ReportingPeriod p : all) {
            if (p.endsOn().isBefore(today)) {
                current = p;
            }
        }
        return current;
    }

    public ReportingPeriod currentPeriod() {
        return currentPeriod(today());
    }

    static PeriodPhase phase(ReportingPeriod p, LocalDate today) {
        if (today.isBefore(p.startsOn())) {
            return PeriodPhase.NOT_STARTED;
        }
        if (!today.isAfter(p.endsOn())) {
            return PeriodPhase.RUNNING;
        }
        return today.isAfter(p.dueOn()) ? PeriodPhase.PAST_DUE : PeriodPhase.REPORTING;
    }

    // ---- the matrix and the reports

    /** Every task × lead unit with its report's status in the period, as of today. */
    public ReportMatrix matrix(long periodId) {
        return matrices(List.of(periodId)).get(0);
    }

    /** The matrices of several periods (e.g. the four quarters of a year), read in one go; in the order asked. */
    public List<ReportMatrix> matrices(List<Long> periodIds) {
        Plan plan = plans.currentPlan();
        List<ReportingPeriod> periods = periodIds.stream().map(id -> requirePeriodOf(plan, id)).toList();
        List<TaskDetail> tasks = plans.allTasks();
        Map<ReportKey, ReportStore.ReportHead> heads = heads(plan);
        Map<Long, PeriodLock> locks = store.locks(dsl, plan.id());
        LocalDate today = today();
        return periods.stream().map(p -> new ReportMatrix(p, today, Optional.ofNullable(locks.get(p.id())),
                cells(p, tasks, heads, today))).toList();
    }

    public Optional<TaskReport> report(ReportKey key) {
        return store.reportId(dsl, key).flatMap(id -> store.report(dsl, id));
    }

    /** The reports received for a period, in plan order, with their texts, figures, contributions and attachments. */
    public List<PeriodReport> receivedReports(long periodId) {
        List<PeriodReport> out = new ArrayList<>();
        for (MatrixCell c : matrix(periodId).cells()) {
            if (c.status().received()) {
                report(c.key()).ifPresent(r -> out.add(new PeriodReport(c, r)));
            }
        }
        return out;
    }

    /**
     * Records or changes a report. In a locked period a change needs a {@code reason} and is logged with the report
     * before and after; elsewhere {@code reason} is ignored. A draft equal to the stored report changes nothing.
     */
    public TaskReport saveReport(ReportKey key, ReportDraft draft, String reason) {
        ReportingPeriod period = requireKey(key);
        ReportDraft clean = ReportDrafts.clean(draft, period, today(), units);
        LocalDateTime now = now();
        return dsl.transactionResult(tx -> {
            Optional<TaskReport> before = store.reportId(tx.dsl(), key).flatMap(id -> store.report(tx.dsl(), id));
            if (before.isPresent() && ReportDrafts.sameAs(before.get(), clean)) {
                return before.get();
            }
            Optional<PeriodLock> lock = store.lock(tx.dsl(), key.periodId());
            lock.ifPresent(l -> requireReason(reason, period, l));
            long id = before.map(TaskReport::id).orElseGet(() -> store.insertReport(tx.dsl(), key, now));
            store.updateReport(tx.dsl(), id, clean, now);
            TaskReport after = store.report(tx.dsl(), id).orElseThrow();
            if (lock.isPresent()) {
                log(tx.dsl(), period, "task_report", id, reason, Snapshots.of(before.orElse(null)), Snapshots.of(after), now);
            }
            return after;
        });
    }

    // ---- attachments

    /** Copies a file into the data folder and attaches it to the report (which is created if there is none yet). */
    public Attachment addAttachment(ReportKey key, Path source, String reason) {
        ReportingPeriod period = requireKey(key);
        store.lock(dsl, key.periodId()).ifPresent(l -> requireReason(reason, period, l));
        TaskDetail task = plans.task(key.taskId());
        String subfolder = period.year() + "Q" + period.quarter() + "/" + task.task().code() + "_" + key.unitId();
        AttachmentFiles.Copied copied = files.copyIn(source, subfolder, path -> store.storedPathInUse(dsl, path));
        LocalDateTime now = now();
        try {
            return dsl.transactionResult(tx -> {
                Optional<Long> existing = store.reportId(tx.dsl(), key);
                if (existing.isPresent()) {
                    for (Attachment a : store.report(tx.dsl(), existing.get()).orElseThrow().attachments()) {
                        if (a.sha256().equals(copied.sha256())) {
                            throw new LedgerException("这个文件已经作为附件添加过（" + a.originalName() + "），无需重复添加。");
                        }
                    }
                }
                long reportId = existing.orElseGet(() -> store.insertReport(tx.dsl(), key, now));
                long id = store.insertAttachment(tx.dsl(), reportId, source.getFileName().toString(), copied.storedPath(),
                        copied.size(), copied.sha256(), now);
                store.touchReport(tx.dsl(), reportId, now);
                Attachment added = store.attachment(tx.dsl(), id).orElseThrow();
                Optional<PeriodLock> lock = store.lock(tx.dsl(), key.periodId());
                if (lock.isPresent()) {
                    requireReason(reason, period, lock.get());
                    log(tx.dsl(), period, "report_attachment", id, reason, null, Snapshots.of(added), now);
                }
                return added;
            });
        } catch (RuntimeException e) {
            files.delete(copied.storedPath());
            throw e;
        }
    }

    /** Removes an attachment and its copy in the data folder. */
    public void removeAttachment(long attachmentId, String reason) {
        Attachment a = store.attachment(dsl, attachmentId)
                .orElseThrow(() -> new LedgerException("该附件已不存在，请刷新后再试。"));
        TaskReport report = store.report(dsl, a.reportId()).orElseThrow();
        ReportingPeriod period = period(report.key().periodId());
        LocalDateTime now = now();
        dsl.transaction(tx -> {
            Optional<PeriodLock> lock = store.lock(tx.dsl(), period.id());
            lock.ifPresent(l -> requireReason(reason, period, l));
            store.deleteAttachment(tx.dsl(), attachmentId);
            store.touchReport(tx.dsl(), a.reportId(), now);
            if (lock.isPresent()) {
                log(tx.dsl(), period, "report_attachment", attachmentId, reason, Snapshots.of(a), null, now);
            }
        });
        files.delete(a.storedPath());
    }

    /** Where an attachment's copy is, to open it with the system's program. */
    public Path attachmentFile(long attachmentId) {
        Attachment a = store.attachment(dsl, attachmentId)
                .orElseThrow(() -> new LedgerException("该附件已不存在，请刷新后再试。"));
        Path file = files.resolve(a.storedPath());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new LedgerException("附件“" + a.originalName() + "”的文件已不在数据文件夹中（" + a.storedPath()
                    + "）。请从备份恢复，或删除该附件后重新添加。");
        }
        return file;
    }

    /** Whether an attachment's copy still has the SHA-256 recorded when it was added. */
    public boolean attachmentIntact(long attachmentId) {
        Attachment a = store.attachment(dsl, attachmentId).orElseThrow();
        return a.sha256().equals(files.hashOf(a.storedPath()));
    }

    // ---- measures' status

    /** Each measure of a task with its status in the period (status null where none was recorded). */
    public List<MeasureProgress> measureProgress(long taskId, long periodId) {
        requirePeriodOf(plans.currentPlan(), periodId);
        return progress(plans.task(taskId).measures(), store.statuses(dsl, periodId), periodId);
    }

    /** Every measure of the plan, in plan order, with its status in the period. */
    public List<MeasureProgress> measureProgressOfPeriod(long periodId) {
        requirePeriodOf(plans.currentPlan(), periodId);
        List<Measure> all = plans.allTasks().stream().flatMap(t -> t.measures().stream()).toList();
        return progress(all, store.statuses(dsl, periodId), periodId);
    }

    /** Sets (or, with a null status, clears) a measure's status in a period. */
    public MeasureProgress setMeasureStatus(long measureId, long periodId, MeasureStatus status, String note, String reason) {
        return setMeasureStatuses(periodId, List.of(new MeasureStatusChange(measureId, status, note)), reason).get(0);
    }

    /**
     * Sets several measures' statuses in a period at once (all or none). In a locked period a change needs a reason
     * and each changed measure is logged; unchanged ones are skipped.
     *
     * @return the measures' progress after the change, in the order of {@code changes}
     */
    public List<MeasureProgress> setMeasureStatuses(long periodId, List<MeasureStatusChange> changes, String reason) {
        ReportingPeriod period = requirePeriodOf(plans.currentPlan(), periodId);
        Map<Long, Measure> measures = plans.allTasks().stream().flatMap(t -> t.measures().stream())
                .collect(Collectors.toMap(Measure::id, Function.identity()));
        List<Measure> changed = new ArrayList<>();
        for (MeasureStatusChange c : changes) {
            Measure m = measures.get(c.measureId());
            if (m == null) {
                throw new LedgerException("该措施已不存在，请刷新后再试。");
            }
            changed.add(m);
        }
        LocalDateTime now = now();
        dsl.transaction(tx -> {
            Map<Long, ReportStore.StatusRow> rows = store.statuses(tx.dsl(), periodId);
            Optional<PeriodLock> lock = store.lock(tx.dsl(), periodId);
            for (MeasureStatusChange c : changes) {
                String note = c.status() == null ? null : ReportDrafts.text(c.note());
                ReportStore.StatusRow before = rows.get(c.measureId());
                MeasureStatus oldStatus = before == null ? null : before.status();
                String oldNote = before == null ? null : before.note();
                if (oldStatus == c.status() && java.util.Objects.equals(oldNote, note)) {
                    continue;
                }
                lock.ifPresent(l -> requireReason(reason, period, l));
                if (c.status() == null) {
                    store.deleteStatus(tx.dsl(), c.measureId(), periodId);
                } else {
                    store.saveStatus(tx.dsl(), c.measureId(), periodId, c.status(), note, now);
                }
                if (lock.isPresent()) {
                    log(tx.dsl(), period, "measure_status", c.measureId(), reason,
                            Snapshots.ofStatus(c.measureId(), oldStatus, oldNote), Snapshots.ofStatus(c.measureId(), c.status(), note), now);
                }
            }
        });
        return progress(changed, store.statuses(dsl, periodId), periodId);
    }

    private static List<MeasureProgress> progress(List<Measure> measures, Map<Long, ReportStore.StatusRow> rows, long periodId) {
        return measures.stream().map(m -> {
            ReportStore.StatusRow r = rows.get(m.id());
            return r == null ? new MeasureProgress(m, periodId, null, null, null)
                    : new MeasureProgress(m, periodId, r.status(), r.note(), r.updatedAt());
        }).toList();
    }

    // ---- reminders

    /**
     * The lead units whose reports for the period are overdue or due soon, overdue first, with contacts and texts.
     * The plan's receiving office (县残工委办) is left out: it does not remind itself of its own tasks.
     */
    public List<UnitReminder> reminders(long periodId) {
        ReportMatrix matrix = matrix(periodId);
        Long office = plans.currentPlan().receivingUnitId();
        Map<Long, List<MatrixCell>> byUnit = matrix.cells().stream()
                .filter(c -> c.status().needsReminder() && !Long.valueOf(c.unit().id()).equals(office))
                .collect(Collectors.groupingBy(c -> c.unit().id(), LinkedHashMap::new, Collectors.toList()));
        if (byUnit.isEmpty()) {
            return List.of();
        }
        PlanOutline outline = plans.outline();
        Map<Integer, String> sections = outline.sections().stream().collect(Collectors.toMap(Section::number, Section::title));
        ReminderText.Receiver receiver = receiver(outline.plan());
        List<UnitReminder> out = new ArrayList<>();
        for (List<MatrixCell> cells : byUnit.values()) {
            UnitRef ref = cells.get(0).unit();
            Optional<Unit> unit = units.byId(ref.id());
            String text = ReminderText.write(outline.plan().title(), sections, receiver, ref.name(), matrix.period(),
                    cells, matrix.today());
            out.add(new UnitReminder(ref, unit.map(Unit::contactPerson).orElse(null), unit.map(Unit::phone).orElse(null),
                    unit.map(Unit::email).orElse(null), matrix.period(), cells, text));
        }
        out.sort((a, b) -> Boolean.compare(b.status() == ReportStatus.OVERDUE, a.status() == ReportStatus.OVERDUE));
        return out;
    }

    /** The lead units with an overdue report in the period, with their contacts. */
    public List<UnitReminder> overdueUnits(long periodId) {
        return reminders(periodId).stream().filter(r -> r.status() == ReportStatus.OVERDUE).toList();
    }

    private ReminderText.Receiver receiver(Plan plan) {
        Optional<Unit> unit = plan.receivingUnitId() == null ? Optional.empty() : units.byId(plan.receivingUnitId());
        String name = unit.map(Unit::name).orElse("县残工委办");
        return new ReminderText.Receiver(name,
                firstText(plan.contactPerson(), unit.map(Unit::contactPerson).orElse(null)),
                firstText(plan.contactPhone(), unit.map(Unit::phone).orElse(null)),
                firstText(plan.contactEmail(), unit.map(Unit::email).orElse(null)));
    }

    // ---- locking and the change log

    public Optional<PeriodLock> lockOf(long periodId) {
        return store.lock(dsl, periodId);
    }

    /** Locks a period once its summary went upward; {@code note} says what was sent (may be empty). */
    public PeriodLock lock(long periodId, String note) {
        ReportingPeriod period = requirePeriodOf(plans.currentPlan(), periodId);
        LocalDateTime now = now();
        PeriodLock lock = new PeriodLock(periodId, now, clerk, ReportDrafts.text(note));
        dsl.transaction(tx -> {
            if (store.lock(tx.dsl(), periodId).isPresent()) {
                throw new LedgerException(period.label() + "已经锁定。");
            }
            store.insertLock(tx.dsl(), lock);
            log(tx.dsl(), period, "period_lock", periodId, lock.note() == null ? "锁定报送期" : "锁定报送期：" + lock.note(),
                    null, Snapshots.of(lock), now);
        });
        return lock;
    }

    /** Unlocks a period; this needs a reason, which is logged. */
    public void unlock(long periodId, String reason) {
        ReportingPeriod period = requirePeriodOf(plans.currentPlan(), periodId);
        LocalDateTime now = now();
        dsl.transaction(tx -> {
            PeriodLock lock = store.lock(tx.dsl(), periodId)
                    .orElseThrow(() -> new LedgerException(period.label() + "没有锁定。"));
            if (reason == null || reason.isBlank()) {
                throw new LedgerException("解除" + period.label() + "的锁定必须填写原因。");
            }
            store.deleteLock(tx.dsl(), periodId);
            log(tx.dsl(), period, "period_lock", periodId, "解除锁定：" + reason.strip(), Snapshots.of(lock), null, now);
        });
    }

    /** Every change logged for a period, oldest first. */
    public List<ChangeLogEntry> changeLog(long periodId) {
        return store.changes(dsl, periodId);
    }

    private static void requireReason(String reason, ReportingPeriod period, PeriodLock lock) {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(period.label() + "已于" + ReportingPeriod.chineseDate(lock.lockedAt().toLocalDate())
                    + "锁定（汇总已报送）。修改已锁定报送期的内容必须填写修改原因，修改会记入变更记录。");
        }
    }

    private void log(DSLContext tx, ReportingPeriod period, String entity, Long entityId, String reason,
                     String before, String after, LocalDateTime now) {
        store.insertChange(tx, new ChangeLogEntry(0, period.id(), entity, entityId, now, clerk, reason.strip(), before, after));
    }

    // ---- helpers

    private Map<ReportKey, ReportStore.ReportHead> heads(Plan plan) {
        return store.heads(dsl, plan.id()).stream()
                .collect(Collectors.toMap(ReportStore.ReportHead::key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static List<MatrixCell> cells(ReportingPeriod period, List<TaskDetail> tasks,
                                          Map<ReportKey, ReportStore.ReportHead> heads, LocalDate today) {
        List<MatrixCell> cells = new ArrayList<>();
        for (TaskDetail t : tasks) {
            for (UnitRef lead : t.leads()) {
                ReportKey key = new ReportKey(t.task().id(), lead.id(), period.id());
                ReportStore.ReportHead head = heads.get(key);
                LocalDate received = head == null ? null : head.receivedOn();
                cells.add(new MatrixCell(key, t.task(), lead, ReportStatus.of(received, period.dueOn(), today), received,
                        head != null));
            }
        }
        return cells;
    }

    private ReportingPeriod requirePeriodOf(Plan plan, long periodId) {
        ReportingPeriod period = period(periodId);
        if (period.planId() != plan.id()) {
            throw new LedgerException(period.label() + "不属于当前方案。");
        }
        return period;
    }

    /** The key's period, after checking that the unit leads the task in the current plan. */
    private ReportingPeriod requireKey(ReportKey key) {
        ReportingPeriod period = requirePeriodOf(plans.currentPlan(), key.periodId());
        TaskDetail task = plans.task(key.taskId());
        if (task.leads().stream().noneMatch(u -> u.id() == key.unitId())) {
            String unit = units.byId(key.unitId()).map(Unit::name).orElse("该单位");
            throw new LedgerException(unit + "不是任务“" + task.task().title() + "”的牵头单位，不能为它登记报送。"
                    + "如需调整，请先在“任务分解”中修改牵头单位。");
        }
        return period;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String firstText(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
