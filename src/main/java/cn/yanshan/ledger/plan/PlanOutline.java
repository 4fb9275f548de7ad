package cn.yanshan.ledger.plan;

import java.util.List;

/** The plan with its sections and tasks, as the tree of 任务分解 shows it. */
public record PlanOutline(Plan plan, List<Section> sections, List<Task> tasks) {

    public PlanOutline {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    public List<Task> tasksOf(Section section) {
        return tasks.stream().filter(t -> t.sectionId() == section.id()).toList();
    }
}
