package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.plan.Task;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.unit.UnitRef;

import java.util.Map;

/**
 * A row of the matrix on screen: a task's lead unit with its cells in the shown periods (period id → cell).
 * {@code firstOfTask} marks the first of a task's rows, the one that names the task.
 */
public record MatrixRow(Task task, UnitRef unit, boolean firstOfTask, Map<Long, MatrixCell> cells) {

    public MatrixRow {
        cells = Map.copyOf(cells);
    }

    public MatrixCell cell(long periodId) {
        return cells.get(periodId);
    }
}
