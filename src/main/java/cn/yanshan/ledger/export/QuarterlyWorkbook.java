package cn.yanshan.ledger.export;

import cn.yanshan.ledger.export.FormSheet.Column;
import cn.yanshan.ledger.export.FormSheet.Kind;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.ReportStatus;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.stats.Breakdown;
import cn.yanshan.ledger.stats.QuarterFigures;
import cn.yanshan.ledger.unit.UnitRef;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 季度汇总表: the sheets a county office sends upward after a quarter — task progress, the placements counted toward
 * the target (in the quarter and cumulative, by township, form, category and location), the list of the quarter's
 * new placements, and the units whose reports are overdue.
 */
final class QuarterlyWorkbook {

    /** The summary quotes this much of a report's progress; the report draft (Word) has the whole text. */
    static final int PROGRESS_CHARACTERS = 300;

    static final String SHEET_TASKS = "任务推进情况";
    static final String SHEET_FIGURES = "就业人数统计";
    static final String SHEET_NEW = "本季度新增就业名单";
    static final String SHEET_OVERDUE = "逾期未报单位";

    private final QuarterlyData data;
    private final SXSSFWorkbook wb;
    private final FormStyles styles;

    QuarterlyWorkbook(QuarterlyData data, SXSSFWorkbook wb) {
        this.data = data;
        this.wb = wb;
        this.styles = new FormStyles(wb);
    }

    String title(String what) {
        return data.theme() + data.period().label() + what;
    }

    void tasks() {
        FormSheet s = new FormSheet(wb, styles, SHEET_TASKS, List.of(
                new Column("序号", 2.5, Kind.CENTER),
                new Column("主要任务", 12, Kind.TEXT),
                new Column("牵头单位", 9, Kind.TEXT),
                new Column("报送情况", 4.5, Kind.CENTER),
                new Column("报送日期", 5.5, Kind.DATE),
                new Column("工作进展", 32, Kind.TEXT),
                new Column("措施推进情况", 11, Kind.TEXT)));
        s.title(title("任务推进情况汇总表")).byline(data.office(), data.today());
        s.note("本期应报" + data.matrix().cells().size() + "份（任务×牵头单位），截止日期" + data.period().dueText() + "；截至"
                + ReportingPeriod.chineseDate(data.today()) + "：" + statusCounts() + "。");
        s.header();
        for (Section section : data.sections()) {
            s.section(section.heading());
            for (TaskDetail t : data.tasks()) {
                if (t.task().sectionId() != section.id()) {
                    continue;
                }
                List<MatrixCell> cells = data.cellsOf(t);
                String measures = measures(t);
                int first = s.nextRow();
                if (cells.isEmpty()) {
                    s.row(String.valueOf(t.task().number()), t.task().title(), "（未定牵头单位）", null, null, null, measures);
                    continue;
                }
                for (int i = 0; i < cells.size(); i++) {
                    MatrixCell c = cells.get(i);
                    String progress = data.reportOf(c).map(r -> quote(r.progress())).orElse(null);
                    s.row(i == 0 ? String.valueOf(t.task().number()) : null, i == 0 ? t.task().title() : null,
                            c.unit().name(), c.status().label(), c.receivedOn(), progress, i == 0 ? measures : null);
                }
                int last = s.nextRow() - 1;
                s.mergeDown(0, first, last);
                s.mergeDown(1, first, last);
                s.mergeDown(6, first, last);
            }
        }
        s.finish();
    }

    private String statusCounts() {
        List<String> parts = new ArrayList<>();
        for (ReportStatus st : ReportStatus.values()) {
            parts.add(st.label() + data.count(st) + "份");
        }
        return String.join("，", parts);
    }

    private String measures(TaskDetail t) {
        List<String> lines = new ArrayList<>();
        for (Measure m : t.measures()) {
            String line = m.position() + ". " + data.progressOf(m).map(p -> p.status().label()
                    + (p.note() == null ? "" : "：" + p.note())).orElse("未填报");
            lines.add(line);
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String quote(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() <= PROGRESS_CHARACTERS ? t : t.substring(0, PROGRESS_CHARACTERS) + "……（全文见季度工作报告）";
    }

    void figures() {
        QuarterFigures f = data.figures();
        ReportingPeriod p = data.period();
        FormSheet s = new FormSheet(wb, styles, SHEET_FIGURES, List.of(
                new Column("序号", 3, Kind.CENTER),
                new Column("项目", 16, Kind.TEXT),
                new Column("本季度新增（人）", 7, Kind.INTEGER),
                new Column("累计新增（人）", 7, Kind.INTEGER),
                new Column("占累计比例", 6, Kind.PERCENT)));
        s.title(title("残疾人就业情况统计表")).byline(data.office(), data.today());
        s.note("统计口径：方案期（" + ReportingPeriod.chineseDate(data.plan().periodStart()) + "至"
                + ReportingPeriod.chineseDate(data.plan().periodEnd()) + "）内有就业登记的残疾人，每人只计一次，按其首次就业登记的"
                + "时间、就业形式和就业地域计，乡（镇）和残疾类别按本人。本季度新增为" + ReportingPeriod.chineseDate(p.startsOn())
                + "至" + ReportingPeriod.chineseDate(p.endsOn()) + "首次就业的人数；累计为方案期开始至"
                + ReportingPeriod.chineseDate(p.endsOn()) + "。");
        s.header();
        s.section("目标完成情况");
        s.row(1, "目标任务：城乡新增残疾人就业", null, f.target(), null);
        s.row(2, "新增残疾人就业", f.inQuarter().total(), f.cumulative().total(), null);
        int share = s.row(3, "完成目标任务比例", null, null, f.share());
        s.row(4, "尚差", null, f.remaining(), null);
        s.formula(share, 4, "IF(D" + (share - 1) + "=0,0,D" + share + "/D" + (share - 1) + ")", f.share(), false);
        block(s, "一、按乡（镇）", f, Breakdown::byTownship, UnitRef::name);
        // the target and the townships fill the first page, the other three parts the second
        s.pageBreak();
        block(s, "二、按就业形式", f, Breakdown::byForm, EmploymentForm::label);
        block(s, "三、按残疾类别", f, Breakdown::byCategory, DisabilityCategory::fullLabel);
        block(s, "四、按就业地域", f, Breakdown::byLocation, JobLocation::label);
        s.finish();
    }

    private <K> void block(FormSheet s, String heading, QuarterFigures f, Function<Breakdown, Map<K, Integer>> dimension,
                           Function<K, String> name) {
        s.section(heading);
        Map<K, Integer> in = dimension.apply(f.inQuarter());
        Map<K, Integer> upTo = dimension.apply(f.cumulative());
        int all = f.cumulative().total();
        int first = s.nextRow();
        int n = 0;
        for (K key : upTo.keySet()) {
            int cumulative = upTo.get(key);
            s.row(++n, name.apply(key), in.getOrDefault(key, 0), cumulative, all == 0 ? 0.0 : (double) cumulative / all);
        }
        int last = s.nextRow() - 1;
        int total = s.total("合计", 1, first, last, new int[]{2, 3},
                new long[]{sum(in), sum(upTo)});
        double shares = upTo.values().stream().mapToDouble(v -> all == 0 ? 0.0 : (double) v / all).sum();
        s.formula(total, 4, "SUM(E" + (first + 1) + ":E" + (last + 1) + ")", shares, true);
    }

    private static long sum(Map<?, Integer> m) {
        return m.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The quarter's new placements, written as {@code rows} hands them over: a number, a person, a placement. */
    void newPlacements(int expected, Masks masks, Consumer<Consumer<Object[]>> rows) {
        FormSheet s = new FormSheet(wb, styles, SHEET_NEW, Rows.PLACEMENT);
        ReportingPeriod p = data.period();
        s.title(title("新增残疾人就业人员名单")).byline(data.office(), data.today());
        s.note("本季度（" + ReportingPeriod.chineseDate(p.startsOn()) + "至" + ReportingPeriod.chineseDate(p.endsOn())
                + "）首次就业、计入目标任务的残疾人，共" + expected + "人；就业信息为其首次就业登记。"
                + (masks.unmasked() ? "本表含完整身份证号和联系电话，请妥善保管。" : "身份证号和联系电话已部分隐去。"));
        s.header();
        rows.accept(s::row);
        s.finish();
    }

    void overdue() {
        FormSheet s = new FormSheet(wb, styles, SHEET_OVERDUE, List.of(
                new Column("序号", 3, Kind.CENTER),
                new Column("单位", 12, Kind.TEXT),
                new Column("逾期未报的任务", 26, Kind.TEXT),
                new Column("截止日期", 6, Kind.CENTER),
                new Column("联系人", 4, Kind.CENTER),
                new Column("联系电话", 7, Kind.CENTER),
                new Column("电子邮箱", 10, Kind.TEXT)));
        s.title(title("逾期未报送单位名单")).byline(data.office(), data.today());
        List<UnitReminder> overdue = data.overdue();
        s.note(overdue.isEmpty()
                ? "截至" + ReportingPeriod.chineseDate(data.today()) + "，本期没有逾期未报送的牵头单位。"
                : "截至" + ReportingPeriod.chineseDate(data.today()) + "，本期（截止日期" + data.period().dueText() + "）共有"
                + overdue.size() + "个牵头单位逾期未报送。");
        s.header();
        int n = 0;
        for (UnitReminder r : overdue) {
            String tasks = r.cells().stream().filter(c -> c.status() == ReportStatus.OVERDUE)
                    .map(c -> c.task().code() + " " + c.task().title()).collect(Collectors.joining("\n"));
            s.row(++n, r.unit().name(), tasks, data.period().dueText(), r.contactPerson(), r.phone(), r.email());
        }
        s.finish();
    }
}
