package cn.yanshan.ledger.export;

import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.MeasureProgress;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.ReportMatrix;
import cn.yanshan.ledger.report.ReportStatus;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.TaskReport;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.stats.QuarterFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a quarterly summary and its report draft say about one period, read once: the plan and its tasks, each lead
 * unit's report and its status on {@code today}, the measures' status, the figures toward the target, and the units
 * whose reports are overdue.
 *
 * @param office the office that sends the summary upward (填报单位)
 */
record QuarterlyData(Plan plan, ReportingPeriod period, LocalDate today, String office,
                     List<Section> sections, List<TaskDetail> tasks, ReportMatrix matrix,
                     Map<ReportKey, TaskReport> reports, Map<Long, MeasureProgress> measures,
                     QuarterFigures figures, List<UnitReminder> overdue) {

    QuarterlyData {
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        reports = Map.copyOf(reports);
        measures = Map.copyOf(measures);
        overdue = List.copyOf(overdue);
    }

    /** 砚山县促进残疾人就业三年行动: the county and the plan's theme, the first words of every title. */
    String theme() {
        return ExportService.theme(plan);
    }

    /** The matrix's cells of a task, one per lead unit. */
    List<MatrixCell> cellsOf(TaskDetail task) {
        return matrix.cells().stream().filter(c -> c.key().taskId() == task.task().id()).toList();
    }

    Optional<TaskReport> reportOf(MatrixCell cell) {
        return Optional.ofNullable(reports.get(cell.key()));
    }

    /** A measure's status in the period, empty while none was recorded. */
    Optional<MeasureProgress> progressOf(Measure measure) {
        return Optional.ofNullable(measures.get(measure.id())).filter(MeasureProgress::recorded);
    }

    long count(ReportStatus status) {
        return matrix.count(status);
    }
}
