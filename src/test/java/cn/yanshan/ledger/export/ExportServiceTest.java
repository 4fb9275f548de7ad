package cn.yanshan.ledger.export;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.AuditEntry;
import cn.yanshan.ledger.audit.AuditLog;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.Placement;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.MeasureStatus;
import cn.yanshan.ledger.report.MeasureStatusChange;
import cn.yanshan.ledger.report.ReportDraft;
import cn.yanshan.ledger.report.ReportKey;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.SettableClock;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.UnitRef;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exported files read back with POI and checked against the ledger: a demo ledger seen on 10 July 2024, five
 * days after the second quarter's reports were due, with one report received and a measure's status recorded. The
 * expected figures are counted here from the persons and placements themselves, by the rule (each person once,
 * with their first placement in the plan's period), not taken from the count the program keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportServiceTest {

    private static final String MASKED_ID = "\\d{6}\\*{8}\\d{3}[\\dX]";

    @TempDir
    static Path dir;

    private Services ledger;
    private ReportingPeriod q2;
    private TaskDetail rural;
    private final Map<Long, Person> persons = new HashMap<>();
    /** Each counted person's first placement in the plan's period. */
    private final Map<Long, Placement> first = new HashMap<>();

    @BeforeAll
    void ledger() {
        ledger = Ledgers.openFile(dir.resolve("ledger"), new SettableClock(LocalDate.of(2024, 7, 10)));
        ledger.demo().generate(400, 11, null);
        q2 = ledger.reports().period(2024, 2);
        rural = ledger.plan().allTasks().stream()
                .filter(t -> t.task().title().equals("实施农村残疾人就业帮扶行动")).findFirst().orElseThrow();
        ledger.reports().saveReport(new ReportKey(rural.task().id(), rural.leads().get(0).id(), q2.id()),
                ReportDraft.received(LocalDate.of(2024, 7, 3), "全县培训农村残疾人30人。", "就近就业岗位少。", "开发公益性岗位。"),
                null);
        ledger.reports().setMeasureStatuses(q2.id(), List.of(
                new MeasureStatusChange(rural.measures().get(0).id(), MeasureStatus.DONE, "已印发方案")), null);
        ledger.persons().forEach(PersonQuery.ALL, p -> persons.put(p.id(), p));
        for (Person p : persons.values()) {
            ledger.placements().ofPerson(p.id()).stream()
                    .filter(pl -> !pl.placedOn().isBefore(LocalDate.of(2022, 1, 1)) && !pl.placedOn().isAfter(LocalDate.of(2024, 12, 31)))
                    .findFirst().ifPresent(pl -> first.put(p.id(), pl));
        }
    }

    @AfterAll
    void close() {
        ledger.close();
    }

    /** Expected counts along one dimension, of the counted persons first placed up to (or only in) the quarter. */
    private <K> Map<String, Integer> expected(YearQuarter q, boolean onlyInQuarter, Function<Long, String> key) {
        Map<String, Integer> out = new HashMap<>();
        first.forEach((personId, pl) -> {
            YearQuarter at = YearQuarter.of(pl.placedOn());
            if (onlyInQuarter ? at.equals(q) : at.compareTo(q) <= 0) {
                out.merge(key.apply(personId), 1, Integer::sum);
            }
        });
        return out;
    }

    /** The header row: the one that starts with 序号. */
    private static int header(Sheet s) {
        for (Row row : s) {
            if (text(row, 0).equals("序号")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header in " + s.getSheetName());
    }

    private long reveals() {
        return ledger.audit().recent(0, 1000).stream().filter(e -> e.action().equals(AuditLog.REVEAL)).count();
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(Row row, int column) {
        Cell c = row == null ? null : row.getCell(column);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    /** The rows of a block of the figures sheet: label → (in quarter, cumulative), up to and including 合计. */
    private static Map<String, int[]> block(Sheet s, String heading) {
        Map<String, int[]> out = new LinkedHashMap<>();
        int r = 0;
        while (!text(s.getRow(r), 0).equals(heading)) {
            r++;
        }
        for (r++; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String label = text(row, 0).equals("合计") ? "合计" : text(row, 1);
            out.put(label, new int[]{(int) row.getCell(2).getNumericCellValue(), (int) row.getCell(3).getNumericCellValue()});
            if (label.equals("合计")) {
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
                break;
            }
        }
        return out;
    }

    private static <K> void assertBlock(Map<String, int[]> block, Map<String, Integer> inQuarter, Map<String, Integer> cumulative,
                                        List<String> labels) {
        assertThat(block.keySet()).containsExactlyElementsOf(concat(labels, "合计"));
        int sumIn = 0;
        int sumUpTo = 0;
        for (String label : labels) {
            assertThat(block.get(label)).as(label)
                    .containsExactly(inQuarter.getOrDefault(label, 0), cumulative.getOrDefault(label, 0));
            sumIn += block.get(label)[0];
            sumUpTo += block.get(label)[1];
        }
        assertThat(block.get("合计")).containsExactly(sumIn, sumUpTo);
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    @Test
    void quarterlySummaryHoldsEveryFigureOfTheLedger() throws IOException {
        Path file = dir.resolve("summary.xlsx");
        long reveals = reveals();
        Exported exported = ledger.exports().quarterly(q2.id(), file, false);
        YearQuarter q = new YearQuarter(2024, 2);
        int newInQuarter = expected(q, true, id -> "").getOrDefault("", 0);
        int cumulative = expected(q, false, id -> "").getOrDefault("", 0);
        assertThat(newInQuarter).isPositive();
        assertThat(exported.rows()).isEqualTo(newInQuarter);

        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            Sheet figures = wb.getSheet("就业人数统计");
            assertThat(text(figures.getRow(0), 0)).isEqualTo("砚山县促进残疾人就业三年行动2024年第二季度残疾人就业情况统计表");
            assertThat(text(figures.getRow(1), 0)).isEqualTo("填报单位：砚山县人民政府残疾人工作委员会办公室");
            assertThat(text(figures.getRow(1), 2)).isEqualTo("填报日期：2024年7月10日");
            assertThat(figures.getMergedRegions()).anyMatch(m -> m.getFirstRow() == 0 && m.getLastColumn() == 4);

            Map<String, int[]> target = block(figures, "目标完成情况");
            assertThat(target.get("目标任务：城乡新增残疾人就业")[1]).isEqualTo(450);
            assertThat(target.get("新增残疾人就业")).containsExactly(newInQuarter, cumulative);
            assertThat(target.get("尚差")[1]).isEqualTo(Math.max(0, 450 - cumulative));

            List<String> townships = ledger.units().townships().stream().map(u -> u.name()).toList();
            assertBlock(block(figures, "一、按乡（镇）"), expected(q, true, id -> persons.get(id).township().name()),
                    expected(q, false, id -> persons.get(id).township().name()), townships);
            assertBlock(block(figures, "二、按就业形式"), expected(q, true, id -> first.get(id).form().label()),
                    expected(q, false, id -> first.get(id).form().label()),
                    java.util.Arrays.stream(EmploymentForm.values()).map(EmploymentForm::label).toList());
            assertBlock(block(figures, "三、按残疾类别"), expected(q, true, id -> persons.get(id).category().fullLabel()),
                    expected(q, false, id -> persons.get(id).category().fullLabel()),
                    java.util.Arrays.stream(DisabilityCategory.values()).map(DisabilityCategory::fullLabel).toList());
            assertBlock(block(figures, "四、按就业地域"), expected(q, true, id -> first.get(id).location().label()),
                    expected(q, false, id -> first.get(id).location().label()),
                    java.util.Arrays.stream(JobLocation.values()).map(JobLocation::label).toList());

            Sheet list = wb.getSheet("本季度新增就业名单");
            int header = header(list);
            assertThat(text(list.getRow(header), 3)).isEqualTo("身份证号");
            assertThat(list.getLastRowNum() - header).isEqualTo(newInQuarter);
            Set<String> names = new HashSet<>();
            for (int r = header + 1; r <= list.getLastRowNum(); r++) {
                assertThat(text(list.getRow(r), 3)).matches(MASKED_ID);
                assertThat(text(list.getRow(r), 14)).doesNotMatch("\\d{11}");
                names.add(text(list.getRow(r), 1) + text(list.getRow(r), 3).substring(14));
            }
            Set<String> expectedNames = new HashSet<>();
            first.forEach((id, pl) -> {
                if (YearQuarter.of(pl.placedOn()).equals(q)) {
                    expectedNames.add(persons.get(id).name() + persons.get(id).idNumber().lastDigits(4));
                }
            });
            assertThat(names).isEqualTo(expectedNames);

            Sheet tasks = wb.getSheet("任务推进情况");
            List<String> taskTitles = new ArrayList<>();
            Row ruralRow = null;
            for (Row row : tasks) {
                taskTitles.add(text(row, 1));
                if (text(row, 1).equals("实施农村残疾人就业帮扶行动")) {
                    ruralRow = row;
                }
            }
            assertThat(taskTitles).containsAll(ledger.plan().allTasks().stream().map(t -> t.task().title()).toList());
            assertThat(text(ruralRow, 3)).isEqualTo("已报送");
            assertThat(text(ruralRow, 4)).isEqualTo("2024-07-03");
            assertThat(text(ruralRow, 5)).isEqualTo("全县培训农村残疾人30人。");
            assertThat(text(ruralRow, 6)).startsWith("1. 已完成：已印发方案\n2. 未填报");

            Sheet overdue = wb.getSheet("逾期未报单位");
            List<String> units = new ArrayList<>();
            for (int r = header(overdue) + 1; r <= overdue.getLastRowNum(); r++) {
                units.add(text(overdue.getRow(r), 1));
            }
            List<UnitReminder> late = ledger.reports().overdueUnits(q2.id());
            assertThat(late).isNotEmpty();
            assertThat(units).containsExactlyElementsOf(late.stream().map(u -> u.unit().name()).toList());

            for (Sheet s : wb) {
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
                assertThat(s.getRepeatingRows()).as(s.getSheetName()).isNotNull();
                assertThat(s.getFitToPage()).isTrue();
            }
        }
        assertThat(reveals()).isEqualTo(reveals);
    }

    @Test
    void summaryOfThePlansLastQuarterAddsUpToTheOverview() throws IOException {
        Path file = dir.resolve("q4.xlsx");
        ledger.exports().quarterly(ledger.reports().period(2024, 4).id(), file, false);
        Summary overview = ledger.stats().summary();
        try (XSSFWorkbook wb = read(file)) {
            Sheet figures = wb.getSheet("就业人数统计");
            assertThat(block(figures, "目标完成情况").get("新增残疾人就业")[1]).isEqualTo(overview.placed());
            Map<String, int[]> townships = block(figures, "一、按乡（镇）");
            for (Map.Entry<UnitRef, Integer> e : overview.byTownship().entrySet()) {
                assertThat(townships.get(e.getKey().name())[1]).isEqualTo(e.getValue());
            }
            Map<String, int[]> forms = block(figures, "二、按就业形式");
            overview.byForm().forEach((f, n) -> assertThat(forms.get(f.label())[1]).isEqualTo(n));
            Map<String, int[]> categories = block(figures, "三、按残疾类别");
            overview.byCategory().forEach((c, n) -> assertThat(categories.get(c.fullLabel())[1]).isEqualTo(n));
            assertThat(block(figures, "四、按就业地域").get("合计")[1]).isEqualTo(overview.placed());
        }
    }

    @Test
    void unmaskedSummaryShowsFullNumbersAndIsLoggedAsAReveal() throws IOException {
        Path file = dir.resolve("full.xlsx");
        ledger.exports().quarterly(q2.id(), file, true);
        try (XSSFWorkbook wb = read(file)) {
            Sheet list = wb.getSheet("本季度新增就业名单");
            assertThat(text(list.getRow(header(list) + 1), 3)).matches("\\d{17}[\\dX]");
        }
        AuditEntry last = ledger.audit().recent(0, 1).get(0);
        assertThat(last.action()).isEqualTo(AuditLog.REVEAL);
        assertThat(last.afterJson()).contains("季度汇总表").contains("2024年第二季度").contains(file.getFileName().toString());
    }

    @Test
    void reportDraftWritesThePeriodsFiguresAndAPartPerTask() throws IOException {
        Path file = dir.resolve("report.docx");
        ledger.exports().reportDraft(q2.id(), file);
        YearQuarter q = new YearQuarter(2024, 2);
        int newInQuarter = expected(q, true, id -> "").getOrDefault("", 0);
        int cumulative = expected(q, false, id -> "").getOrDefault("", 0);
        String text;
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
            assertThat(doc.getFooterList()).hasSize(1);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
        assertThat(text).contains("砚山县促进残疾人就业三年行动").contains("2024年第二季度工作情况报告")
                .contains("2024年第二季度，全县新增残疾人就业" + newInQuarter + "人")
                .contains("累计实现城乡新增残疾人就业" + cumulative + "人，完成目标任务450人的")
                .contains("工作进展：全县培训农村残疾人30人。").contains("存在问题：就近就业岗位少。")
                .contains("下一步打算：开发公益性岗位。");
        for (TaskDetail t : ledger.plan().allTasks()) {
            assertThat(text).contains(t.task().number() + "." + t.task().title());
        }
        assertThat(text).contains(ledger.reports().overdueUnits(q2.id()).get(0).unit().name() + "尚未报送本季度工作情况");
    }

    @Test
    void personListHoldsThePersonsOfTheFilterMasked() throws IOException {
        UnitRef township = ledger.units().townships().get(0).ref();
        PersonQuery query = PersonQuery.ALL.withTownship(township.id());
        Path file = dir.resolve("persons.xlsx");
        Exported exported = ledger.exports().persons(query, file, false);
        assertThat(exported.rows()).isEqualTo(ledger.persons().count(query)).isPositive();
        try (XSSFWorkbook wb = read(file)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum() - header(s)).isEqualTo(exported.rows());
            for (int r = header(s) + 1; r <= s.getLastRowNum(); r++) {
                assertThat(text(s.getRow(r), 8)).isEqualTo(township.name());
                assertThat(text(s.getRow(r), 3)).matches(MASKED_ID);
                assertThat(text(s.getRow(r), 10)).matches("(\\d{3}\\*{4}\\d{4})?");
            }
        }
    }

    @Test
    void placementListHoldsEveryPlacementOfTheFilter() throws IOException {
        Path file = dir.resolve("placements.xlsx");
        Exported exported = ledger.exports().placements(PlacementQuery.ALL, file, false);
        int all = persons.values().stream().mapToInt(p -> ledger.placements().ofPerson(p.id()).size()).sum();
        assertThat(exported.rows()).isEqualTo(all);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheetAt(0).getLastRowNum() - header(wb.getSheetAt(0))).isEqualTo(all);
        }
    }

    @Test
    void theWarmUpsWorkbookIsAFormAndLeavesNoFileAndNoLogLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ledger.exports().writeSample(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("名单");
            assertThat(text(s.getRow(0), 0)).isEqualTo("砚山县促进残疾人就业三年行动名单");
            assertThat(text(s.getRow(header(s) + 1), 3)).matches(MASKED_ID);
        }
        List<Path> before;
        try (var files = Files.walk(dir)) {
            before = files.sorted().toList();
        }
        int logged = ledger.audit().recent(0, 1000).size();
        ledger.exports().warmUp();
        try (var files = Files.walk(dir)) {
            assertThat(files.sorted().toList()).isEqualTo(before);
        }
        assertThat(ledger.audit().recent(0, 1000)).hasSize(logged);
    }

    @Test
    void theListReadInSmallPagesIsTheSameListInTheSameOrder() throws IOException {
        Path whole = dir.resolve("summary-whole.xlsx");
        Path paged = dir.resolve("summary-paged.xlsx");
        int rows = ledger.exports().quarterly(q2.id(), whole, false).rows();
        assertThat(rows).as("several pages of 3").isGreaterThan(3 * 3);
        assertThat(ledger.exports().quarterly(q2.id(), paged, false, 3).rows()).isEqualTo(rows);
        try (XSSFWorkbook a = read(whole); XSSFWorkbook b = read(paged)) {
            Sheet listA = a.getSheet("本季度新增就业名单");
            Sheet listB = b.getSheet("本季度新增就业名单");
            assertThat(listB.getLastRowNum()).isEqualTo(listA.getLastRowNum());
            LocalDate previous = LocalDate.MIN;
            for (int r = header(listA) + 1; r <= listA.getLastRowNum(); r++) {
                for (int c = 0; c < 16; c++) {
                    assertThat(text(listB.getRow(r), c)).as("row %d, column %d", r, c).isEqualTo(text(listA.getRow(r), c));
                }
                LocalDate placed = listA.getRow(r).getCell(11).getLocalDateTimeCellValue().toLocalDate();
                assertThat(placed).as("in the order of the first placement").isAfterOrEqualTo(previous);
                previous = placed;
            }
        }
    }

    @Test
    void unwritableTargetsGiveTheReasonAndLeaveNothingBehind() {
        assertThatThrownBy(() -> ledger.exports().quarterly(q2.id(), dir.resolve("missing/summary.xlsx"), false))
                .isInstanceOf(LedgerException.class).hasMessageContaining("不存在");
        assertThatThrownBy(() -> ledger.exports().reportDraft(q2.id(), dir.resolve("report.xlsx")))
                .isInstanceOf(LedgerException.class).hasMessageContaining(".docx");
    }
}
