package cn.yanshan.ledger.plan;

import cn.yanshan.ledger.unit.UnitRef;

import java.util.List;

/** A task with everything the 任务分解 screen shows of it. */
public record TaskDetail(Task task, List<Measure> measures, List<UnitRef> leads, List<UnitRef> responsible) {

    public TaskDetail {
        measures = List.copyOf(measures);
        leads = List.copyOf(leads);
        responsible = List.copyOf(responsible);
    }
}
