package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.InvalidInputException;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.Text;
import cn.yanshan.ledger.common.Validation;
import cn.yanshan.ledger.count.CountStore;
import cn.yanshan.ledger.count.CountedRow;
import cn.yanshan.ledger.count.Counting;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonCheck;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.person.WorkingAge;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.unit.Resolution;
import cn.yanshan.ledger.unit.UnitService;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Use cases on placements: check the form as it is typed, log a placement (for a person in the ledger, or a new
 * person in the same transaction), edit, delete to the recycle bin and restore, list a person's placements.
 * Every change is audited and keeps the count toward the target.
 */
public final class PlacementService {

    public static final String AUDIT_ENTITY = "placement";
    /** Above this a monthly income is probably a yearly one: a warning, not an error. */
    public static final BigDecimal HIGH_INCOME = new BigDecimal("50000");

    private final DSLContext dsl;
    private final PlacementStore store;
    private final PersonService persons;
    private final PlanService plans;
    private final UnitService units;
    private final AuditLog audit;
    private final Counting counting;
    private final CountStore counts;
    private final Clock clock;

    public PlacementService(DSLContext dsl, PlacementStore store, PersonService persons, PlanService plans,
                            UnitService units, AuditLog audit, Counting counting, CountStore counts, Clock clock) {
        this.dsl = dsl;
        this.store = store;
        this.persons = persons;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
        this.counting = counting;
        this.counts = counts;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Placement> byId(long id) {
        return store.byId(dsl, id);
    }

    /** A person's placements (not deleted), oldest first. */
    public List<Placement> ofPerson(long personId) {
        return store.ofPerson(dsl, personId);
    }

    /** The placements (not deleted) of these persons dated in [from, to] (null: unbounded), by person, then date. */
    public List<Placement> ofPersons(Collection<Long> personIds, LocalDate from, LocalDate to) {
        return store.ofPersons(dsl, personIds, from, to);
    }

    /** The counted rows (each person's first placement inside the plan's period) of these persons, by person. */
    public Map<Long, CountedRow> countedOf(Plan plan, Collection<Long> personIds) {
        return counts.counted(dsl, plan.id(), personIds);
    }

    public Map<Long, Placement> byIds(Collection<Long> ids) {
        return store.byIds(dsl, ids);
    }

    /** Deleted placements, most recently deleted first. */
    public List<Placement> deleted(int offset, int limit) {
        return store.deleted(dsl, offset, limit);
    }

    public int countDeleted() {
        return store.countDeleted(dsl);
    }

    // ---- checking

    /**
     * Checks a placement form for a person ({@code null} while the person is not known yet: the checks that need
     * the person are left out). Never throws for bad input.
     */
    public PlacementCheck check(PlacementDraft d, Person person) {
        return check(d, person, plans.currentPlan());
    }

    /** The same check against a plan read before (a bulk import checks many rows against one plan). */
    public PlacementCheck check(PlacementDraft d, Person person, Plan plan) {
        return check(d, person, plan, personId -> counts.counted(dsl, plan.id(), personId));
    }

    /**
     * The same check, the persons' places in the plan's count given by {@code countedOf} (a bulk import reads them
     * for a chunk of rows at a time, see {@link #countedOf}).
     */
    public PlacementCheck check(PlacementDraft d, Person person, Plan plan, LongFunction<Optional<CountedRow>> countedOf) {
        Validation.Builder<PlacementField> v = Validation.builder();
        LocalDate today = LocalDate.now(clock);

        LocalDate placedOn = d.placedOn();
        if (placedOn == null) {
            v.error(PlacementField.PLACED_ON, "请填写就业时间。");
        } else if (placedOn.isAfter(today)) {
            v.error(PlacementField.PLACED_ON, "就业时间" + placedOn + "晚于今天，请核对。");
        } else {
            if (!plan.covers(placedOn)) {
                v.warning(PlacementField.PLACED_ON, "就业时间" + placedOn + "不在方案期（" + plan.periodStart() + "至"
                        + plan.periodEnd() + "）内，登记后不计入目标人数。");
            }
            if (person != null) {
                checkAgainstPerson(v, person, placedOn, plan, countedOf);
            }
        }

        EmploymentForm form = null;
        if (Text.compact(d.form()).isEmpty()) {
            v.error(PlacementField.FORM, "请选择就业形式。");
        } else {
            form = EmploymentForm.parse(d.form()).orElse(null);
            if (form == null) {
                v.error(PlacementField.FORM, "就业形式“" + d.form().strip() + "”不是规定的就业形式，请从以下七种中选择："
                        + Arrays.stream(EmploymentForm.values()).map(EmploymentForm::label).collect(Collectors.joining("、")) + "。");
            }
        }

        JobLocation location = null;
        if (Text.compact(d.location()).isEmpty()) {
            v.error(PlacementField.LOCATION, "请选择就业地域（县内、州内县外、省内州外、省外）。");
        } else {
            location = JobLocation.parse(d.location()).orElse(null);
            if (location == null) {
                v.error(PlacementField.LOCATION, "就业地域“" + d.location().strip() + "”看不懂，应为县内、州内县外、省内州外或省外。");
            }
        }

        String employer = text(v, PlacementField.EMPLOYER, d.employer(), 200);
        String job = text(v, PlacementField.JOB, d.job(), 100);
        BigDecimal income = income(v, d.monthlyIncome());

        if (d.taskId() != null) {
            try {
                plans.task(d.taskId());
            } catch (LedgerException e) {
                v.error(PlacementField.TASK, "所选任务已不存在，请重新选择。");
            }
        }
        Long reportingUnitId = null;
        if (!Text.compact(d.reportingUnit()).isEmpty()) {
            Resolution r = units.resolve(d.reportingUnit());
            if (r instanceof Resolution.Found f) {
                reportingUnitId = f.unit().id();
            } else {
                v.error(PlacementField.REPORTING_UNIT, r instanceof Resolution.Group
                        ? "报送单位只能是一个单位，“" + d.reportingUnit().strip() + "”指多个单位。"
                        : r.describe());
            }
        }
        if (d.endedOn() != null) {
            if (placedOn != null && d.endedOn().isBefore(placedOn)) {
                v.error(PlacementField.ENDED_ON, "离岗时间" + d.endedOn() + "早于就业时间" + placedOn + "，请核对。");
            } else if (d.endedOn().isAfter(today)) {
                v.error(PlacementField.ENDED_ON, "离岗时间" + d.endedOn() + "晚于今天，请核对。");
            }
        }
        String note = text(v, PlacementField.NOTE, d.note(), 2000);
        String source = d.source() == null || d.source().isBlank() ? Placement.SOURCE_TYPED : d.source().strip();

        Validation<PlacementField> validation = v.build();
        Optional<PlacementData> data = Optional.empty();
        if (validation.isValid()) {
            data = Optional.of(new PlacementData(person == null ? 0 : person.id(), placedOn, form, employer, job, location,
                    income, d.taskId(), reportingUnitId, source, d.importBatchId(), d.verified(), d.endedOn(), note));
        }
        return new PlacementCheck(validation, data);
    }

    private static void checkAgainstPerson(Validation.Builder<PlacementField> v, Person person, LocalDate placedOn, Plan plan,
                                           LongFunction<Optional<CountedRow>> countedOf) {
        if (placedOn.isBefore(person.birthDate())) {
            v.error(PlacementField.PLACED_ON, "就业时间" + placedOn + "早于" + person.name() + "的出生日期" + person.birthDate() + "，请核对。");
            return;
        }
        if (!WorkingAge.isWorkingAge(person.gender(), person.birthDate(), placedOn)) {
            v.warning(PlacementField.PLACED_ON, person.name() + "在" + placedOn + "不在劳动年龄内（男16–59岁，女16–54岁），请核对。");
        }
        if (plan.covers(placedOn)) {
            countedOf.apply(person.id())
                    .filter(c -> !c.firstPlacedOn().isAfter(placedOn))
                    .ifPresent(c -> v.warning(PlacementField.PLACED_ON, person.name() + "已于" + c.firstPlacedOn()
                            + "计入目标人数，本次登记不重复计数。"));
        }
    }

    // ---- changing

    /** Logs a placement for a person in the ledger. */
    public LoggedPlacement log(long personId, PlacementDraft draft) {
        Person person = persons.byId(personId).orElseThrow(() -> new LedgerException("该人员已不存在，请刷新后再试。"));
        if (person.isDeleted()) {
            throw new LedgerException(person.name() + "在回收站中，请先恢复该人员再登记就业。");
        }
        PlacementData data = valid(check(draft, person)).withPersonId(personId);
        return logChecked(tx -> personId, data);
    }

    /**
     * Logs a placement together with a new person, in one transaction: both are saved, or neither. Problems of
     * either form make an {@link InvalidInputException} (the person's first).
     */
    public LoggedPlacement logNewPerson(PersonDraft personDraft, PlacementDraft draft) {
        PersonCheck personCheck = persons.check(personDraft, null);
        personCheck.validation().throwIfInvalid();
        PersonData personData = personCheck.data().orElseThrow();
        PlacementData data = valid(check(draft, null));
        if (data.placedOn().isBefore(personData.birthDate())) {
            throw new InvalidInputException(Validation.<PlacementField>builder().error(PlacementField.PLACED_ON,
                    "就业时间" + data.placedOn() + "早于出生日期" + personData.birthDate() + "，请核对。").build());
        }
        return logChecked(tx -> persons.createIn(tx, personData), data);
    }

    /** The person a placement is logged for, found or created inside the transaction. */
    private interface PersonInTx {
        long personId(DSLContext tx);
    }

    private LoggedPlacement logChecked(PersonInTx person, PlacementData data) {
        Plan plan = plans.currentPlan();
        long[] ids = new long[2];
        boolean[] newlyCounted = new boolean[1];
        dsl.transaction(tx -> {
            long pid = person.personId(tx.dsl());
            boolean countedBefore = counts.counted(tx.dsl(), plan.id(), pid).isPresent();
            long id = store.insert(tx.dsl(), data.withPersonId(pid), now());
            audit.record(tx.dsl(), AUDIT_ENTITY, id, AuditLog.CREATE, null,
                    store.byId(tx.dsl(), id).orElseThrow().auditValues());
            if (data.endedOn() == null) {
                persons.markEmployedIn(tx.dsl(), pid);
            }
            counting.refresh(tx.dsl(), pid);
            newlyCounted[0] = !countedBefore && counts.counted(tx.dsl(), plan.id(), pid).isPresent();
            ids[0] = pid;
            ids[1] = id;
        });
        return new LoggedPlacement(persons.byId(ids[0]).orElseThrow(), store.byId(dsl, ids[1]).orElseThrow(),
                newlyCounted[0], counts.total(dsl, plan.id()), plan.target());
    }

    public Placement update(long placementId, PlacementDraft draft) {
        Placement current = store.byId(dsl, placementId).orElseThrow(PlacementService::gone);
        Person person = persons.byId(current.personId()).orElseThrow();
        PlacementData data = valid(check(draft, person)).withPersonId(current.personId());
        dsl.transaction(tx -> {
            Placement before = store.byId(tx.dsl(), placementId).orElseThrow(PlacementService::gone);
            store.update(tx.dsl(), placementId, data, now());
            audit.record(tx.dsl(), AUDIT_ENTITY, placementId, AuditLog.UPDATE, before.auditValues(),
                    store.byId(tx.dsl(), placementId).orElseThrow().auditValues());
            counting.refresh(tx.dsl(), current.personId());
        });
        return store.byId(dsl, placementId).orElseThrow();
    }

    public void delete(long placementId) {
        dsl.transaction(tx -> {
            Placement before = store.byId(tx.dsl(), placementId).orElseThrow(PlacementService::gone);
            if (before.isDeleted()) {
                return;
            }
            store.setDeleted(tx.dsl(), placementId, now(), now());
            audit.record(tx.dsl(), AUDIT_ENTITY, placementId, AuditLog.DELETE, before.auditValues(),
                    store.byId(tx.dsl(), placementId).orElseThrow().auditValues());
            counting.refresh(tx.dsl(), before.personId());
        });
    }

    public Placement restore(long placementId) {
        dsl.transaction(tx -> {
            Placement before = store.byId(tx.dsl(), placementId).orElseThrow(PlacementService::gone);
            if (!before.isDeleted()) {
                return;
            }
            Person person = persons.existing(tx.dsl(), before.personId());
            if (person.isDeleted()) {
                throw new LedgerException(person.name() + "在回收站中，请先恢复该人员，其就业登记会一同恢复。");
            }
            store.setDeleted(tx.dsl(), placementId, null, now());
            audit.record(tx.dsl(), AUDIT_ENTITY, placementId, AuditLog.RESTORE, before.auditValues(),
                    store.byId(tx.dsl(), placementId).orElseThrow().auditValues());
            counting.refresh(tx.dsl(), before.personId());
        });
        return store.byId(dsl, placementId).orElseThrow();
    }

    // ---- helpers

    private static PlacementData valid(PlacementCheck check) {
        check.validation().throwIfInvalid();
        return check.data().orElseThrow();
    }

    private static LedgerException gone() {
        return new LedgerException("该就业登记已不存在，请刷新后再试。");
    }

    private static String text(Validation.Builder<PlacementField> v, PlacementField field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > max) {
            v.error(field, field.label() + "太长（" + s.length() + "个字），最多" + max + "个字。");
        }
        return s;
    }

    private static BigDecimal income(Validation.Builder<PlacementField> v, String raw) {
        String s = Text.compact(raw).replace(",", "").replace("，", "").replace("元", "").replace("/月", "");
        if (s.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            v.error(PlacementField.INCOME, "月收入“" + raw.strip() + "”不是数字，请只填金额（元），如1500。");
            return null;
        }
        if (value.signum() < 0) {
            v.error(PlacementField.INCOME, "月收入不能为负数。");
            return null;
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            v.error(PlacementField.INCOME, "月收入最多保留两位小数（元、角、分）。");
            return null;
        }
        if (value.compareTo(new BigDecimal("9999999999")) > 0) {
            v.error(PlacementField.INCOME, "月收入“" + raw.strip() + "”太大，请核对。");
            return null;
        }
        if (value.compareTo(HIGH_INCOME) > 0) {
            v.warning(PlacementField.INCOME, "月收入" + value.toPlainString() + "元偏高，请核对是否填成了年收入。");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** For tests and the overview: whether a person counts toward the current plan. */
    public Optional<CountedRow> countedRow(long personId) {
        return counts.counted(dsl, plans.currentPlan().id(), personId);
    }
}
