package cn.yanshan.ledger.plan;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.unit.SectionUnits;
import cn.yanshan.ledger.unit.UnitRef;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Use cases on the plan: read its outline and tasks, edit titles, measures and units' roles. */
public final class PlanService implements SectionUnits {

    private final DSLContext dsl;
    private final PlanStore store;

    public PlanService(DSLContext dsl, PlanStore store) {
        this.dsl = dsl;
        this.store = store;
    }

    public Plan currentPlan() {
        return store.currentPlan(dsl).orElseThrow(() ->
                new LedgerException("台账中还没有方案。请检查数据库是否完整，或从备份恢复。"));
    }

    public PlanOutline outline() {
        Plan plan = currentPlan();
        return new PlanOutline(plan, store.sections(dsl, plan.id()), store.tasks(dsl, plan.id()));
    }

    public TaskDetail task(long taskId) {
        Task task = store.task(dsl, taskId).orElseThrow(() -> new LedgerException("该任务已不存在，请刷新后再试。"));
        Map<TaskRole, List<UnitRef>> roles = store.roles(dsl, taskId);
        return new TaskDetail(task, store.measures(dsl, taskId), roles.get(TaskRole.LEAD), roles.get(TaskRole.RESPONSIBLE));
    }

    /** Every task of the current plan with its details, in plan order. */
    public List<TaskDetail> allTasks() {
        Plan plan = currentPlan();
        List<TaskDetail> out = new ArrayList<>();
        for (Task t : store.tasks(dsl, plan.id())) {
            Map<TaskRole, List<UnitRef>> roles = store.roles(dsl, t.id());
            out.add(new TaskDetail(t, store.measures(dsl, t.id()), roles.get(TaskRole.LEAD), roles.get(TaskRole.RESPONSIBLE)));
        }
        return out;
    }

    public List<UnitTask> tasksOfUnit(long unitId) {
        return store.tasksOfUnit(dsl, currentPlan().id(), unitId);
    }

    public TaskDetail renameTask(long taskId, String title) {
        String clean = requireText(title, "任务名称不能为空。");
        dsl.transaction(tx -> store.updateTaskTitle(tx.dsl(), taskId, clean));
        return task(taskId);
    }

    public TaskDetail addMeasure(long taskId, String content) {
        String clean = requireText(content, "措施内容不能为空。");
        dsl.transaction(tx -> store.insertMeasure(tx.dsl(), taskId, clean));
        return task(taskId);
    }

    public TaskDetail editMeasure(long taskId, long measureId, String content) {
        String clean = requireText(content, "措施内容不能为空。");
        dsl.transaction(tx -> store.updateMeasure(tx.dsl(), measureId, clean));
        return task(taskId);
    }

    public TaskDetail removeMeasure(long taskId, long measureId) {
        dsl.transaction(tx -> store.deleteMeasure(tx.dsl(), measureId));
        return task(taskId);
    }

    /** Moves a measure up (-1) or down (+1); at either end nothing changes. */
    public TaskDetail moveMeasure(long taskId, long measureId, int delta) {
        dsl.transaction(tx -> {
            List<Long> ids = new ArrayList<>(store.measures(tx.dsl(), taskId).stream().map(Measure::id).toList());
            int from = ids.indexOf(measureId);
            int to = from + Integer.signum(delta);
            if (from >= 0 && to >= 0 && to < ids.size()) {
                ids.add(to, ids.remove(from));
                store.orderMeasures(tx.dsl(), ids);
            }
        });
        return task(taskId);
    }

    /** Sets which units lead a task and which share it; a task needs at least one lead unit. */
    public TaskDetail setRoles(long taskId, List<Long> leadUnitIds, List<Long> responsibleUnitIds) {
        List<Long> leads = List.copyOf(new LinkedHashSet<>(leadUnitIds));
        if (leads.isEmpty()) {
            throw new LedgerException("每项任务至少要有一个牵头单位。");
        }
        Map<TaskRole, List<Long>> roles = new EnumMap<>(TaskRole.class);
        roles.put(TaskRole.LEAD, leads);
        roles.put(TaskRole.RESPONSIBLE, List.copyOf(new LinkedHashSet<>(responsibleUnitIds)));
        dsl.transaction(tx -> store.replaceRoles(tx.dsl(), taskId, roles));
        return task(taskId);
    }

    public Map<Long, Integer> measureCounts() {
        return store.measureCounts(dsl, currentPlan().id());
    }

    @Override
    public List<UnitRef> leadsOf(int sectionNumber) {
        return store.unitsOfSection(dsl, currentPlan().id(), sectionNumber, TaskRole.LEAD);
    }

    @Override
    public List<UnitRef> responsibleOf(int sectionNumber) {
        return store.unitsOfSection(dsl, currentPlan().id(), sectionNumber, TaskRole.RESPONSIBLE);
    }

    private static String requireText(String text, String messageWhenEmpty) {
        if (text == null || text.isBlank()) {
            throw new LedgerException(messageWhenEmpty);
        }
        return text.strip();
    }
}
