package cn.yanshan.ledger.plan;

import cn.yanshan.ledger.db.generated.tables.records.PlanRecord;
import cn.yanshan.ledger.unit.UnitRef;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yanshan.ledger.db.generated.Tables.MEASURE;
import static cn.yanshan.ledger.db.generated.Tables.PLAN;
import static cn.yanshan.ledger.db.generated.Tables.PLAN_SECTION;
import static cn.yanshan.ledger.db.generated.Tables.TASK;
import static cn.yanshan.ledger.db.generated.Tables.TASK_UNIT;
import static cn.yanshan.ledger.db.generated.Tables.UNIT;

/** The only code that reads and writes the plan tables. */
public final class PlanStore {

    public Optional<Plan> currentPlan(DSLContext dsl) {
        return dsl.selectFrom(PLAN)
                .orderBy(PLAN.IS_CURRENT.desc(), PLAN.ID.desc())
                .limit(1)
                .fetchOptional(PlanStore::toPlan);
    }

    /** Every plan, oldest first. */
    public List<Plan> all(DSLContext dsl) {
        return dsl.selectFrom(PLAN).orderBy(PLAN.ID).fetch(PlanStore::toPlan);
    }

    public List<Section> sections(DSLContext dsl, long planId) {
        return dsl.selectFrom(PLAN_SECTION)
                .where(PLAN_SECTION.PLAN_ID.eq(planId))
                .orderBy(PLAN_SECTION.NUMBER)
                .fetch(r -> new Section(r.getId(), r.getNumber(), r.getTitle()));
    }

    public List<Task> tasks(DSLContext dsl, long planId) {
        return dsl.select(TASK.fields()).select(PLAN_SECTION.NUMBER)
                .from(TASK).join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(TASK.SECTION_ID))
                .where(PLAN_SECTION.PLAN_ID.eq(planId))
                .orderBy(PLAN_SECTION.NUMBER, TASK.NUMBER)
                .fetch(PlanStore::toTask);
    }

    public Optional<Task> task(DSLContext dsl, long taskId) {
        return dsl.select(TASK.fields()).select(PLAN_SECTION.NUMBER)
                .from(TASK).join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(TASK.SECTION_ID))
                .where(TASK.ID.eq(taskId))
                .fetchOptional(PlanStore::toTask);
    }

    public List<Measure> measures(DSLContext dsl, long taskId) {
        List<Measure> out = new ArrayList<>();
        int position = 1;
        for (var r : dsl.selectFrom(MEASURE).where(MEASURE.TASK_ID.eq(taskId)).orderBy(MEASURE.SORT_ORDER, MEASURE.ID)) {
            out.add(new Measure(r.getId(), taskId, position++, r.getContent()));
        }
        return out;
    }

    /** Measures per task of a plan: task id → count. */
    public Map<Long, Integer> measureCounts(DSLContext dsl, long planId) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(MEASURE.TASK_ID, org.jooq.impl.DSL.count())
                .from(MEASURE).join(TASK).on(TASK.ID.eq(MEASURE.TASK_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(TASK.SECTION_ID))
                .where(PLAN_SECTION.PLAN_ID.eq(planId))
                .groupBy(MEASURE.TASK_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** A task's units by role, in the plan's order. */
    public Map<TaskRole, List<UnitRef>> roles(DSLContext dsl, long taskId) {
        Map<TaskRole, List<UnitRef>> out = new EnumMap<>(TaskRole.class);
        for (TaskRole role : TaskRole.values()) {
            out.put(role, new ArrayList<>());
        }
        dsl.select(TASK_UNIT.ROLE, UNIT.ID, UNIT.NAME)
                .from(TASK_UNIT).join(UNIT).on(UNIT.ID.eq(TASK_UNIT.UNIT_ID))
                .where(TASK_UNIT.TASK_ID.eq(taskId))
                .orderBy(TASK_UNIT.SORT_ORDER, UNIT.SORT_ORDER)
                .forEach(r -> out.get(TaskRole.valueOf(r.value1())).add(new UnitRef(r.value2(), r.value3())));
        return out;
    }

    /** The distinct units with a role in a section's tasks, in the order they first appear. */
    public List<UnitRef> unitsOfSection(DSLContext dsl, long planId, int sectionNumber, TaskRole role) {
        List<UnitRef> out = new ArrayList<>();
        dsl.select(UNIT.ID, UNIT.NAME)
                .from(TASK_UNIT)
                .join(UNIT).on(UNIT.ID.eq(TASK_UNIT.UNIT_ID))
                .join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(TASK.SECTION_ID))
                .where(PLAN_SECTION.PLAN_ID.eq(planId), PLAN_SECTION.NUMBER.eq(sectionNumber), TASK_UNIT.ROLE.eq(role.name()))
                .orderBy(TASK.NUMBER, TASK_UNIT.SORT_ORDER)
                .forEach(r -> {
                    UnitRef ref = new UnitRef(r.value1(), r.value2());
                    if (!out.contains(ref)) {
                        out.add(ref);
                    }
                });
        return out;
    }

    public List<UnitTask> tasksOfUnit(DSLContext dsl, long planId, long unitId) {
        return dsl.select(TASK.fields()).select(PLAN_SECTION.NUMBER, TASK_UNIT.ROLE)
                .from(TASK_UNIT)
                .join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(TASK.SECTION_ID))
                .where(PLAN_SECTION.PLAN_ID.eq(planId), TASK_UNIT.UNIT_ID.eq(unitId))
                .orderBy(TASK_UNIT.ROLE, PLAN_SECTION.NUMBER, TASK.NUMBER)
                .fetch(r -> new UnitTask(toTask(r), TaskRole.valueOf(r.get(TASK_UNIT.ROLE))));
    }

    public void updateTaskTitle(DSLContext dsl, long taskId, String title) {
        dsl.update(TASK).set(TASK.TITLE, title).where(TASK.ID.eq(taskId)).execute();
    }

    public void insertMeasure(DSLContext dsl, long taskId, String content) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(MEASURE.SORT_ORDER)).from(MEASURE)
                .where(MEASURE.TASK_ID.eq(taskId)).fetchOne().value1();
        dsl.insertInto(MEASURE)
                .set(MEASURE.TASK_ID, taskId)
                .set(MEASURE.SORT_ORDER, max == null ? 1 : max + 1)
                .set(MEASURE.CONTENT, content)
                .execute();
    }

    public void updateMeasure(DSLContext dsl, long measureId, String content) {
        dsl.update(MEASURE).set(MEASURE.CONTENT, content).where(MEASURE.ID.eq(measureId)).execute();
    }

    public void deleteMeasure(DSLContext dsl, long measureId) {
        dsl.deleteFrom(MEASURE).where(MEASURE.ID.eq(measureId)).execute();
    }

    /** Writes the order of a task's measures: the n-th id of the list gets position n. */
    public void orderMeasures(DSLContext dsl, List<Long> measureIds) {
        int position = 1;
        for (Long id : measureIds) {
            dsl.update(MEASURE).set(MEASURE.SORT_ORDER, position++).where(MEASURE.ID.eq(id)).execute();
        }
    }

    public void replaceRoles(DSLContext dsl, long taskId, Map<TaskRole, List<Long>> unitIdsByRole) {
        dsl.deleteFrom(TASK_UNIT).where(TASK_UNIT.TASK_ID.eq(taskId)).execute();
        for (Map.Entry<TaskRole, List<Long>> entry : unitIdsByRole.entrySet()) {
            int position = 1;
            for (Long unitId : entry.getValue()) {
                dsl.insertInto(TASK_UNIT)
                        .set(TASK_UNIT.TASK_ID, taskId)
                        .set(TASK_UNIT.UNIT_ID, unitId)
                        .set(TASK_UNIT.ROLE, entry.getKey().name())
                        .set(TASK_UNIT.SORT_ORDER, position++)
                        .execute();
            }
        }
    }

    private static Task toTask(Record r) {
        return new Task(r.get(TASK.ID), r.get(TASK.SECTION_ID), r.get(PLAN_SECTION.NUMBER), r.get(TASK.NUMBER),
                r.get(TASK.TITLE), r.get(TASK.DEADLINE_TEXT), r.get(TASK.DEADLINE_DATE));
    }

    private static Plan toPlan(PlanRecord r) {
        List<MonthDay> due = new ArrayList<>();
        for (String part : r.getReportDueDays().split(",")) {
            if (!part.isBlank()) {
                due.add(MonthDay.parse("--" + part.strip()));
            }
        }
        return new Plan(r.getId(), r.getTitle(), r.getNoticeTitle(), r.getIssuer(), r.getIssuedOn(),
                r.getPeriodStart(), r.getPeriodEnd(), r.getTargetPlacements(), r.getTargetText(),
                r.getReportingRule(), due, r.getReceivingUnitId(), r.getContactPerson(), r.getContactPhone(),
                r.getContactEmail());
    }
}
