package cn.yanshan.ledger.export;

import cn.yanshan.ledger.common.YearQuarter;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.plan.Measure;
import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.report.Contribution;
import cn.yanshan.ledger.report.Figure;
import cn.yanshan.ledger.report.MatrixCell;
import cn.yanshan.ledger.report.MeasureStatus;
import cn.yanshan.ledger.report.ReportStatus;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.report.TaskReport;
import cn.yanshan.ledger.report.UnitReminder;
import cn.yanshan.ledger.stats.Breakdown;
import cn.yanshan.ledger.stats.QuarterFigures;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 季度工作报告 (draft): the period's figures written into sentences, then a part per task with its lead units'
 * progress, problems and next steps, and what is to be done next; in the customary layout of official documents
 * (GB/T 9704): 方正小标宋简体 title, 黑体 level-1 headings, 楷体 level-2, 仿宋_GB2312 body in 三号, lines of 28 pt, A4
 * with 37/35/28/26 mm margins, page numbers in the footer. A PC without those fonts falls back to the ones named
 * beside them in the document's font table (宋体, 仿宋, 楷体), which every Chinese Windows has.
 */
final class ReportDocument {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String SUBHEADING_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    /** Each font the document names, with the one Word takes where it is missing. */
    private static final Map<String, String> FALLBACKS = Map.of(
            TITLE_FONT, "宋体", HEADING_FONT, "SimHei", SUBHEADING_FONT, "楷体", BODY_FONT, "仿宋", "宋体", "SimSun");

    private static final int TITLE_POINTS = 22;   // 二号
    private static final int BODY_POINTS = 16;    // 三号
    private static final int FOOTER_POINTS = 14;  // 四号
    private static final int LINE_POINTS = 28;
    /** Twips per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private final QuarterlyData data;
    private final XWPFDocument doc = new XWPFDocument();

    ReportDocument(QuarterlyData data) {
        this.data = data;
    }

    void write(OutputStream out) throws IOException {
        page();
        fontTable();
        title();
        body(openingSentence());
        heading("一、总体情况");
        figures();
        heading("二、各项任务推进情况");
        tasks();
        heading("三、下一步工作");
        nextSteps();
        signature();
        doc.write(out);
        doc.close();
    }

    // ---- parts

    private void title() {
        for (String line : List.of(data.theme(), data.period().label() + "工作情况报告")) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBetween(36, LineSpacingRule.EXACT);
            run(p, line, TITLE_FONT, TITLE_POINTS, false);
        }
        XWPFParagraph blank = doc.createParagraph();
        blank.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
    }

    private String openingSentence() {
        return data.period().label() + "，全县各乡（镇）、县级有关部门按照《" + data.plan().title()
                + "》的分工，推进促进残疾人就业各项任务。现将本季度工作情况报告如下。";
    }

    private void figures() {
        QuarterFigures f = data.figures();
        ReportingPeriod p = data.period();
        StringBuilder s = new StringBuilder();
        s.append(p.label()).append("，全县新增残疾人就业").append(f.inQuarter().total()).append("人（按首次就业登记计，每人只计一次）");
        String forms = nonZero(f.inQuarter().byForm(), EmploymentForm::shortLabel);
        s.append(forms.isEmpty() ? "。" : "，其中" + forms + "。");
        s.append("截至").append(ReportingPeriod.chineseDate(p.endsOn())).append("，方案期内累计实现城乡新增残疾人就业")
                .append(f.cumulative().total()).append("人，完成目标任务").append(f.target()).append("人的")
                .append(percent(f.share())).append("%");
        if (f.remaining() == 0) {
            s.append("，已完成目标任务。");
        } else {
            s.append("，尚差").append(f.remaining()).append("人");
            int quartersLeft = quartersAfter(p);
            s.append(quartersLeft == 0 ? "，方案期已结束。"
                    : "；按剩余" + quartersLeft + "个季度计，每季度需新增" + ceilDiv(f.remaining(), quartersLeft) + "人。");
        }
        body(s.toString());

        Breakdown in = f.inQuarter();
        List<String> parts = new ArrayList<>();
        String townships = nonZero(in.byTownship(), t -> t.name());
        if (!townships.isEmpty()) {
            parts.add("分乡（镇）看，本季度新增" + townships);
        }
        String categories = nonZero(in.byCategory(), DisabilityCategory::fullLabel);
        if (!categories.isEmpty()) {
            parts.add("按残疾类别，" + categories);
        }
        String locations = nonZero(in.byLocation(), JobLocation::label);
        if (!locations.isEmpty()) {
            parts.add("按就业地域，" + locations);
        }
        if (!parts.isEmpty()) {
            body(String.join("；", parts) + "。");
        }
        body("累计完成情况：" + nonZero(f.cumulative().byTownship(), t -> t.name()) + "。");

        long received = data.matrix().receivedCount();
        StringBuilder r = new StringBuilder();
        r.append("本季度应报送工作情况").append(data.matrix().cells().size()).append("份（截止日期").append(p.dueText())
                .append("），截至").append(ReportingPeriod.chineseDate(data.today())).append("已报送").append(received).append("份");
        long late = data.count(ReportStatus.LATE);
        if (late > 0) {
            r.append("（其中逾期报送").append(late).append("份）");
        }
        List<UnitReminder> overdue = data.overdue();
        if (overdue.isEmpty()) {
            r.append("，无逾期未报送单位。");
        } else {
            r.append("；逾期未报送").append(data.count(ReportStatus.OVERDUE)).append("份，涉及")
                    .append(overdue.stream().map(u -> u.unit().name()).collect(Collectors.joining("、")))
                    .append(overdue.size() > 1 ? "等" + overdue.size() + "个单位。" : "。");
        }
        body(r.toString());
    }

    private void tasks() {
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        int n = 0;
        for (Section section : data.sections()) {
            subheading("（" + (n < numerals.length ? numerals[n] : String.valueOf(n + 1)) + "）" + section.title());
            n++;
            for (TaskDetail t : data.tasks()) {
                if (t.task().sectionId() == section.id()) {
                    task(t);
                }
            }
        }
    }

    private void task(TaskDetail t) {
        List<MatrixCell> cells = data.cellsOf(t);
        String leads = cells.stream().map(c -> c.unit().name()).collect(Collectors.joining("、"));
        XWPFParagraph head = headingParagraph();
        run(head, t.task().number() + "." + t.task().title() + (leads.isEmpty() ? "" : "（牵头单位：" + leads + "）"),
                BODY_FONT, BODY_POINTS, true);
        for (MatrixCell c : cells) {
            String who = cells.size() > 1 ? c.unit().name() : "";
            TaskReport report = data.reportOf(c).filter(TaskReport::received).orElse(null);
            if (report == null) {
                body((who.isEmpty() ? c.unit().name() : who) + "尚未报送本季度工作情况（" + c.status().label() + "，截止日期"
                        + data.period().dueText() + "）。");
                continue;
            }
            String prefix = who.isEmpty() ? "" : who + "：";
            labelled(prefix + "工作进展：", orNone(report.progress()));
            labelled("存在问题：", orNone(report.problems()));
            labelled("下一步打算：", orNone(report.nextSteps()));
            if (!report.figures().isEmpty()) {
                labelled("报送数据：", report.figures().stream().map(Figure::text).collect(Collectors.joining("；")) + "。");
            }
            for (Contribution k : report.contributions()) {
                labelled(k.unit().name() + "（配合单位）：", k.content());
            }
        }
        String measures = measureCounts(t);
        if (!measures.isEmpty()) {
            labelled("措施推进情况：", measures);
        }
    }

    private String measureCounts(TaskDetail t) {
        if (t.measures().isEmpty()) {
            return "";
        }
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        int none = 0;
        for (Measure m : t.measures()) {
            var p = data.progressOf(m);
            if (p.isPresent()) {
                counts.merge(p.get().status(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (MeasureStatus s : List.of(MeasureStatus.DONE, MeasureStatus.ONGOING, MeasureStatus.IN_PROGRESS, MeasureStatus.NOT_STARTED)) {
            if (counts.getOrDefault(s, 0) > 0) {
                parts.add(s.label() + counts.get(s) + "项");
            }
        }
        if (none > 0) {
            parts.add("未填报" + none + "项");
        }
        return "共" + t.measures().size() + "项措施，" + String.join("、", parts) + "。";
    }

    private void nextSteps() {
        List<String> steps = new ArrayList<>();
        List<UnitReminder> overdue = data.overdue();
        if (!overdue.isEmpty()) {
            steps.add("督促" + overdue.stream().map(u -> u.unit().name()).collect(Collectors.joining("、"))
                    + "尽快报送" + data.period().label() + "工作情况，按时报送下一季度工作情况。");
        }
        QuarterFigures f = data.figures();
        int quartersLeft = quartersAfter(data.period());
        if (f.remaining() > 0 && quartersLeft > 0) {
            steps.add("对照目标任务尚差" + f.remaining() + "人，按剩余" + quartersLeft + "个季度每季度新增" + ceilDiv(f.remaining(), quartersLeft)
                    + "人的进度，督促各乡（镇）和有关部门做好就业登记和信息核对。");
        } else if (f.remaining() == 0) {
            steps.add("目标任务已完成，继续做好已就业残疾人的跟踪服务，巩固就业成果。");
        }
        long notStarted = data.measures().values().stream().filter(m -> m.status() == MeasureStatus.NOT_STARTED).count();
        if (notStarted > 0) {
            steps.add("对" + notStarted + "项尚未启动的措施，督促牵头单位明确时限、尽快启动。");
        }
        if (steps.isEmpty()) {
            steps.add("按任务分解清单继续推进各项任务，按时汇总报送季度工作情况。");
        }
        for (int i = 0; i < steps.size(); i++) {
            body((i + 1) + "." + steps.get(i));
        }
    }

    private void signature() {
        doc.createParagraph().setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        for (String line : List.of(data.office(), ReportingPeriod.chineseDate(data.today()))) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setIndentationRight(4 * BODY_POINTS * 20);
            p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
            run(p, line, BODY_FONT, BODY_POINTS, false);
        }
    }

    // ---- layout

    /** A4 portrait, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right; the page number centred in the footer. */
    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setHeader(twips(15));
        margins.setFooter(twips(28));
        margins.setGutter(BigInteger.ZERO);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", FOOTER_POINTS, false);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        XWPFRun number = new XWPFRun(page.addNewR(), p);
        number.setText("1");
        fonts(number, "宋体", FOOTER_POINTS);
        run(p, " —", "宋体", FOOTER_POINTS, false);
    }

    /** The document's font table: each font with its fallback ({@code altName}) and the GB2312 character set. */
    private void fontTable() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (Map.Entry<String, String> f : FALLBACKS.entrySet()) {
            xml.append("<w:font w:name=\"").append(f.getKey()).append("\"><w:altName w:val=\"").append(f.getValue())
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
                    .append(f.getKey().equals(HEADING_FONT) ? "modern" : "roman")
                    .append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private void heading(String text) {
        run(headingParagraph(), text, HEADING_FONT, BODY_POINTS, false);
    }

    private void subheading(String text) {
        run(headingParagraph(), text, SUBHEADING_FONT, BODY_POINTS, false);
    }

    /** A body paragraph kept on the page of the paragraph after it: no heading alone at the foot of a page. */
    private XWPFParagraph headingParagraph() {
        XWPFParagraph p = bodyParagraph();
        p.getCTP().getPPr().addNewKeepNext();
        return p;
    }

    private void body(String text) {
        run(bodyParagraph(), text, BODY_FONT, BODY_POINTS, false);
    }

    /** A paragraph that opens with a bold label: 工作进展：…… */
    private void labelled(String label, String text) {
        XWPFParagraph p = bodyParagraph();
        run(p, label, BODY_FONT, BODY_POINTS, true);
        run(p, text, BODY_FONT, BODY_POINTS, false);
    }

    /** Justified, first line indented by two characters, lines 28 pt apart. */
    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(LINE_POINTS, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setIndentationFirstLine(2 * BODY_POINTS * 20);
        var ind = p.getCTP().getPPr().getInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        fonts(r, font, points);
        r.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    private static void fonts(XWPFRun r, String font, int points) {
        r.setFontSize(points);
        var props = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = props.sizeOfRFontsArray() > 0 ? props.getRFontsArray(0) : props.addNewRFonts();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setEastAsia(font);
        fonts.setCs(font);
        fonts.setHint(STHint.EAST_ASIA);
    }

    // ---- figures as words

    private static <K> String nonZero(Map<K, Integer> counts, java.util.function.Function<K, String> name) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> name.apply(e.getKey()) + e.getValue() + "人").collect(Collectors.joining("、"));
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Quarters of the plan after the period's. */
    private int quartersAfter(ReportingPeriod p) {
        YearQuarter next = new YearQuarter(p.year(), p.quarter()).next();
        return next.start().isAfter(data.plan().periodEnd()) ? 0
                : YearQuarter.between(next.start(), data.plan().periodEnd()).size();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "（未填写）" : text.strip();
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
