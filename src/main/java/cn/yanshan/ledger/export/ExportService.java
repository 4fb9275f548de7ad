package cn.yanshan.ledger.export;

import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.person.PersonService;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.placement.PlacementService;
import cn.yanshan.ledger.plan.Plan;
import cn.yanshan.ledger.plan.PlanOutline;
import cn.yanshan.ledger.plan.PlanService;
import cn.yanshan.ledger.report.MeasureProgress;
import cn.yanshan.ledger.report.PeriodReport;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.ReportService;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.TaskReport;
import cn.yanshan.ledger.stats.CountedPerson;
import cn.yanshan.ledger.stats.Figure;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitService;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * 导出: the files that leave the office — the quarterly summary workbook and report draft of a period, person and
 * placement lists, the whole ledger. ID and phone numbers are masked unless the clerk asks for them in full; such an
 * export is written to the audit log as a {@link AuditLog#REVEAL}. Files are written beside their target and moved
 * into place when complete, so a failed export never leaves half a file.
 */
public final class ExportService {

    /** Rows of the SXSSF window kept in memory; the rest are on disk until the workbook is written. */
    private static final int WINDOW = 200;
    private static final int PAGE = 2000;
    /** Persons per page of the quarter's list read ahead: small enough that two threads share the work evenly. */
    private static final int READ_AHEAD_PAGE = 1000;

    private final PlanService plans;
    private final UnitService units;
    private final ReportService reports;
    private final StatsService stats;
    private final PersonService persons;
    private final PlacementService placements;
    private final AuditLog audit;
    private final Clock clock;

    public ExportService(PlanService plans, UnitService units, ReportService reports, StatsService stats,
                         PersonService persons, PlacementService placements, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.reports = reports;
        this.stats = stats;
        this.persons = persons;
        this.placements = placements;
        this.audit = audit;
        this.clock = clock;
    }

    /** A file name to suggest for an export: 砚山县促进残疾人就业三年行动2024年第二季度汇总表.xlsx. */
    public String suggestedName(ExportKind kind, ReportingPeriod period) {
        String theme = theme(plans.currentPlan());
        LocalDate today = LocalDate.now(clock);
        String name = switch (kind) {
            case QUARTERLY -> theme + period.label() + "汇总表";
            case REPORT -> theme + period.label() + "工作情况报告";
            case PERSONS, PLACEMENTS, LEDGER -> kind.label() + "_" + today.toString().replace("-", "");
        };
        return name + "." + kind.extension();
    }

    /**
     * Makes a small form workbook in memory and throws it away, so that the first export of a session does not
     * also load and prepare the workbook writer (a few thousand classes: half a second on a PC whose start-up
     * archive does not hold them, see docs/benchmarks.md). For when the clerk opens 导出, before choosing.
     */
    public void warmUp() {
        try {
            writeSample(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(ExportService.class).debug("Export warm-up stopped", e);
        }
    }

    /** The warm-up's workbook: a one-row list in the form of the exports (made-up person, masked number). */
    void writeSample(OutputStream out) throws IOException {
        workbook(out, wb -> {
            FormSheet s = listSheet(wb, new FormStyles(wb), "名单", Rows.PLACEMENT, office(plans.currentPlan()),
                    new Masks(false));
            s.row(1, "张三", "男", "532622********0011", "肢体", "二级", "江那镇", "", "按比例就业", "", "",
                    LocalDate.now(clock), "县内", 2000, "", "");
            s.finish();
        });
    }

    // ---- the quarterly summary and report

    /**
     * 季度汇总表 of a period; with {@code unmasked} the list of new placements shows full ID and phone numbers. The
     * list is read ahead on threads of its own while the sheets before it are made.
     */
    public Exported quarterly(long periodId, Path file, boolean unmasked) {
        return quarterly(periodId, file, unmasked, READ_AHEAD_PAGE);
    }

    /** {@link #quarterly(long, Path, boolean)} with the list read {@code pageSize} persons at a time. */
    Exported quarterly(long periodId, Path file, boolean unmasked, int pageSize) {
        ReportingPeriod period = reports.period(periodId);
        Figure quarter = Figure.quarter(new YearQuarter(period.year(), period.quarter()));
        try (ReadAhead<List<NewPlacement>> list = new ReadAhead<>("export", pageSize, 3, 2,
                (offset, limit) -> newPlacements(quarter, offset, limit))) {
            QuarterlyData data = quarterlyData(period);
            Masks masks = new Masks(unmasked);
            int[] rows = {0};
            int expected = data.figures().inQuarter().total();
            Target.write(file, ExportKind.QUARTERLY, out -> workbook(out, wb -> {
                QuarterlyWorkbook q = new QuarterlyWorkbook(data, wb);
                q.tasks();
                q.figures();
                q.newPlacements(expected, masks, row -> rows[0] = newPlacements(list, masks, row));
                q.overdue();
            }), () -> reveal(ExportKind.QUARTERLY, file, rows[0], unmasked, data.period().label()));
            return new Exported(ExportKind.QUARTERLY, file, rows[0], unmasked);
        }
    }

    /** 季度工作报告 (draft) of a period as a Word document. It names no person, so nothing is masked. */
    public Exported reportDraft(long periodId, Path file) {
        QuarterlyData data = quarterlyData(reports.period(periodId));
        Target.write(file, ExportKind.REPORT, out -> new ReportDocument(data).write(out), () -> {
        });
        return new Exported(ExportKind.REPORT, file, data.tasks().size(), false);
    }

    QuarterlyData quarterlyData(ReportingPeriod period) {
        long periodId = period.id();
        PlanOutline outline = plans.outline();
        Plan plan = outline.plan();
        Map<ReportKey, TaskReport> received = new HashMap<>();
        for (PeriodReport r : reports.receivedReports(periodId)) {
            received.put(r.cell().key(), r.report());
        }
        Map<Long, MeasureProgress> measures = reports.measureProgressOfPeriod(periodId).stream()
                .collect(Collectors.toMap(m -> m.measure().id(), m -> m, (a, b) -> a, LinkedHashMap::new));
        return new QuarterlyData(plan, period, LocalDate.now(clock), office(plan), outline.sections(),
                plans.allTasks(), reports.matrix(periodId), received, measures,
                stats.quarter(new YearQuarter(period.year(), period.quarter())), reports.overdueUnits(periodId));
    }

    /** A person first placed in the quarter, with that placement. */
    private record NewPlacement(CountedPerson person, Placement placement) {
    }

    /** A page of the persons first placed in the quarter, in the order of their first placement. */
    private ReadAhead.Page<List<NewPlacement>> newPlacements(Figure quarter, int offset, int limit) {
        List<CountedPerson> page = stats.persons(quarter, offset, limit);
        Map<Long, Placement> first = placements.byIds(page.stream().map(CountedPerson::placementId).toList());
        List<NewPlacement> out = new ArrayList<>(page.size());
        for (CountedPerson c : page) {
            Placement p = first.get(c.placementId());
            if (p != null) {
                out.add(new NewPlacement(c, p));
            }
        }
        return new ReadAhead.Page<>(page.size(), out);
    }

    /** Writes the persons first placed in the quarter as they were read ahead. */
    private static int newPlacements(ReadAhead<List<NewPlacement>> list, Masks masks, Consumer<Object[]> row) {
        int n = 0;
        for (List<NewPlacement> page = list.next(); page != null; page = list.next()) {
            for (NewPlacement p : page) {
                row.accept(Rows.placement(++n, p.person().person(), p.placement(), masks));
            }
        }
        return n;
    }

    // ---- lists

    /** 残疾人名单: the persons a query finds (never the recycle bin), in the list's order. */
    public Exported persons(PersonQuery query, Path file, boolean unmasked) {
        Masks masks = new Masks(unmasked);
        String office = office(plans.currentPlan());
        int[] rows = {0};
        Target.write(file, ExportKind.PERSONS, out -> workbook(out, wb -> {
            FormSheet s = listSheet(wb, new FormStyles(wb), "残疾人名单", Rows.PERSON, office, masks);
            persons.forEach(query, p -> s.row(Rows.person(++rows[0], p, masks)));
            s.finish();
        }), () -> reveal(ExportKind.PERSONS, file, rows[0], unmasked, describe(query)));
        return new Exported(ExportKind.PERSONS, file, rows[0], unmasked);
    }

    /** 就业登记名单: the placements of the persons a query finds, by person, then date. */
    public Exported placements(PlacementQuery query, Path file, boolean unmasked) {
        Masks masks = new Masks(unmasked);
        String office = office(plans.currentPlan());
        int[] rows = {0};
        Target.write(file, ExportKind.PLACEMENTS, out -> workbook(out, wb -> {
            FormSheet s = listSheet(wb, new FormStyles(wb), "就业登记名单", Rows.PLACEMENT_FULL, office, masks);
            rows[0] = placementRows(query, masks, s);
            s.finish();
        }), () -> reveal(ExportKind.PLACEMENTS, file, rows[0], unmasked, describe(query.persons())));
        return new Exported(ExportKind.PLACEMENTS, file, rows[0], unmasked);
    }

    /** 台账全库: every person and every placement (not in the recycle bin), each on a sheet of its own. */
    public Exported ledger(Path file, boolean unmasked) {
        Masks masks = new Masks(unmasked);
        String office = office(plans.currentPlan());
        int[] rows = {0, 0};
        Target.write(file, ExportKind.LEDGER, out -> workbook(out, wb -> {
            FormStyles styles = new FormStyles(wb);
            FormSheet people = listSheet(wb, styles, "残疾人名单", Rows.PERSON, office, masks);
            persons.forEach(PersonQuery.ALL, p -> people.row(Rows.person(++rows[0], p, masks)));
            people.finish();
            FormSheet jobs = listSheet(wb, styles, "就业登记名单", Rows.PLACEMENT_FULL, office, masks);
            rows[1] = placementRows(PlacementQuery.ALL, masks, jobs);
            jobs.finish();
        }), () -> reveal(ExportKind.LEDGER, file, rows[0] + rows[1], unmasked, "全部"));
        return new Exported(ExportKind.LEDGER, file, rows[0] + rows[1], unmasked);
    }

    private int placementRows(PlacementQuery query, Masks masks, FormSheet sheet) {
        int[] n = {0};
        List<Person> batch = new ArrayList<>(PAGE);
        Runnable flush = () -> {
            Map<Long, Person> byId = new HashMap<>();
            batch.forEach(p -> byId.put(p.id(), p));
            List<Placement> found = placements.ofPersons(byId.keySet(), query.from(), query.to());
            Map<Long, List<Placement>> byPerson = found.stream().collect(Collectors.groupingBy(Placement::personId));
            for (Person p : batch) {
                for (Placement pl : byPerson.getOrDefault(p.id(), List.of())) {
                    sheet.row(Rows.placementFull(++n[0], p, pl, masks));
                }
            }
            batch.clear();
        };
        persons.forEach(query.persons(), p -> {
            batch.add(p);
            if (batch.size() == PAGE) {
                flush.run();
            }
        });
        flush.run();
        return n[0];
    }

    private FormSheet listSheet(SXSSFWorkbook wb, FormStyles styles, String name, List<FormSheet.Column> columns,
                                String office, Masks masks) {
        FormSheet s = new FormSheet(wb, styles, name, columns);
        s.title(theme(plans.currentPlan()) + name).byline(office, LocalDate.now(clock));
        if (masks.unmasked()) {
            s.note("本表含完整身份证号和联系电话，请妥善保管，不得外传。");
        }
        s.header();
        return s;
    }

    // ---- helpers

    /** Writes a streaming workbook; its temporary files are removed whatever happens. */
    private static void workbook(OutputStream out, WorkbookContent content) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            content.fill(wb);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private interface WorkbookContent {
        void fill(SXSSFWorkbook wb) throws IOException;
    }

    private void reveal(ExportKind kind, Path file, int rows, boolean unmasked, String what) {
        if (!unmasked) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("export", kind.label());
        after.put("content", what);
        after.put("rows", rows);
        after.put("file", file.toAbsolutePath().toString());
        audit.record("export", null, AuditLog.REVEAL, null, after);
    }

    private String describe(PersonQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            parts.add("搜索“" + q.text().strip() + "”");
        }
        if (q.townshipId() != null) {
            parts.add(units.byId(q.townshipId()).map(Unit::name).orElse("乡（镇）" + q.townshipId()));
        }
        if (q.category() != null) {
            parts.add(q.category().fullLabel());
        }
        if (q.level() != null) {
            parts.add(q.level().label());
        }
        if (q.status() != null) {
            parts.add(q.status().label());
        }
        q.flags().forEach(f -> parts.add(f.label()));
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    /** 砚山县 from the issuer 砚山县人民政府办公室; empty when the issuer names no county. */
    private static String county(Plan plan) {
        String issuer = plan.issuer() == null ? "" : plan.issuer();
        int at = issuer.indexOf('县');
        return at < 0 ? "" : issuer.substring(0, at + 1);
    }

    static String theme(Plan plan) {
        return county(plan) + (plan.title().contains("促进残疾人就业三年行动") ? "促进残疾人就业三年行动" : "促进残疾人就业");
    }

    /** 填报单位: the office that receives the units' reports, with the county's name where it starts with 县. */
    private String office(Plan plan) {
        String name = plan.receivingUnitId() == null ? "县残工委办"
                : units.byId(plan.receivingUnitId()).map(Unit::name).orElse("县残工委办");
        String county = county(plan);
        return name.startsWith("县") && !county.isEmpty() ? county + name.substring(1) : name;
    }
}
