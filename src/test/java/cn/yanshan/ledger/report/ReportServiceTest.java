package cn.yanshan.ledger.report;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.plan.TaskDetail;
import cn.yanshan.ledger.testing.Ledgers;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 季度报送 through the service, on a ledger file in a temporary data folder, on days the test chooses. */
class ReportServiceTest {

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(LocalDate.of(2024, 7, 10));
    private Services services;
    private ReportService reports;

    @BeforeEach
    void open() {
        services = Ledgers.openFile(dir, clock);
        reports = services.reports();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private TaskDetail task(String title) {
        return services.plan().allTasks().stream().filter(t -> t.task().title().equals(title)).findFirst().orElseThrow();
    }

    private ReportKey key(TaskDetail task, ReportingPeriod period) {
        return new ReportKey(task.task().id(), task.leads().get(0).id(), period.id());
    }

    private ReportingPeriod q2of2024() {
        return reports.period(2024, 2);
    }

    private ReportKey rural() {
        return key(task("实施农村残疾人就业帮扶行动"), q2of2024());
    }

    private ReportStatus statusOf(ReportKey key) {
        return reports.matrix(key.periodId()).cell(key.taskId(), key.unitId()).orElseThrow().status();
    }

    @Test
    void periodsAreTheTwelveQuartersOfThePlanWithTheirDueDays() {
        List<PeriodOverview> periods = reports.periods();
        assertThat(periods).hasSize(12);
        ReportingPeriod q2 = periods.get(9).period();
        assertThat(q2.label()).isEqualTo("2024年第二季度");
        assertThat(q2.dueText()).isEqualTo("2024年7月5日");
        assertThat(periods.get(11).period().dueOn()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(periods.get(9).phase()).isEqualTo(PeriodPhase.PAST_DUE);
        assertThat(periods.get(10).phase()).isEqualTo(PeriodPhase.RUNNING);
        assertThat(periods.get(11).phase()).isEqualTo(PeriodPhase.NOT_STARTED);
        int leadCells = services.plan().allTasks().stream().mapToInt(t -> t.leads().size()).sum();
        assertThat(periods.get(9).expected()).isEqualTo(leadCells);
        assertThat(periods.get(9).overdue()).isEqualTo(leadCells);
        assertThat(periods.get(11).overdue()).isZero();
    }

    @ParameterizedTest(name = "on {0} the clerk works on {1} Q{2}")
    @CsvSource({
            "2021-12-01, 2022, 1",   // before the plan
            "2022-02-01, 2022, 1",   // in the first quarter: its report is due next
            "2024-07-03, 2024, 2",   // Q2 over, due on 7-05
            "2024-08-20, 2024, 2",   // Q2 was due most recently; Q3 still running
            "2024-10-01, 2024, 3",
            "2025-01-03, 2024, 4",
            "2026-11-28, 2024, 4",   // the plan is over: its last period
    })
    void currentPeriodIsTheOneDueNextOrMostRecently(LocalDate today, int year, int quarter) {
        ReportingPeriod current = reports.currentPeriod(today);
        assertThat(current.year()).isEqualTo(year);
        assertThat(current.quarter()).isEqualTo(quarter);
    }

    @Test
    void reportReceivedByTheDueDateIsReceivedAndAfterItLate() {
        ReportKey rural = rural();
        ReportKey blind = key(task("实施盲人按摩就业促进行动"), q2of2024());
        reports.saveReport(rural, ReportDraft.received(LocalDate.of(2024, 7, 5), "开展农村实用技术培训3期。", null, null), null);
        reports.saveReport(blind, ReportDraft.received(LocalDate.of(2024, 7, 8), "新建盲人按摩店2家。", null, null), null);

        assertThat(statusOf(rural)).isEqualTo(ReportStatus.RECEIVED);
        assertThat(statusOf(blind)).isEqualTo(ReportStatus.LATE);
        ReportMatrix matrix = reports.matrix(rural.periodId());
        assertThat(matrix.cell(rural.taskId(), rural.unitId()).orElseThrow().receivedOn()).isEqualTo(LocalDate.of(2024, 7, 5));
        assertThat(matrix.receivedCount()).isEqualTo(2);
        assertThat(matrix.count(ReportStatus.OVERDUE)).isEqualTo(matrix.cells().size() - 2);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2024-06-27, OPEN",       // 8 days before the due date
            "2024-06-28, DUE_SOON",   // 7 days before
            "2024-07-05, DUE_SOON",   // the due date itself
            "2024-07-06, OVERDUE",
    })
    void reportNotReceivedIsOpenThenDueSoonThenOverdue(LocalDate today, ReportStatus expected) {
        clock.set(today);
        assertThat(statusOf(rural())).isEqualTo(expected);
    }

    @Test
    void reportKeepsItsThreePartsFiguresAndContributionsAcrossARestart() {
        ReportKey rural = rural();
        TaskDetail task = task("实施农村残疾人就业帮扶行动");
        UnitRef township = task.responsible().stream().filter(u -> u.name().equals("江那镇")).findFirst().orElseThrow();
        ReportDraft draft = new ReportDraft(LocalDate.of(2024, 7, 4), "  完成农村残疾人就业帮扶12人。 ", "岗位不足。", "扩大种养殖基地。",
                List.of(new Figure("新增就业", new BigDecimal("12"), "人"), new Figure("培训补贴", new BigDecimal("3600.50"), "元")),
                List.of(new ReportDraft.ContributionDraft(township.id(), "江那镇安置5人。")));
        reports.saveReport(rural, draft, null);

        services.close();
        services = Ledgers.openFile(dir, clock);
        reports = services.reports();

        List<PeriodReport> received = reports.receivedReports(rural.periodId());
        assertThat(received).hasSize(1);
        TaskReport r = received.get(0).report();
        assertThat(received.get(0).cell().unit().name()).isEqualTo("县人力资源和社会保障局");
        assertThat(r.progress()).isEqualTo("完成农村残疾人就业帮扶12人。");
        assertThat(r.problems()).isEqualTo("岗位不足。");
        assertThat(r.nextSteps()).isEqualTo("扩大种养殖基地。");
        assertThat(r.figures()).extracting(Figure::text).containsExactly("新增就业：12人", "培训补贴：3600.5元");
        assertThat(r.contributions()).containsExactly(new Contribution(township, "江那镇安置5人。"));
    }

    @Test
    void onlyALeadUnitReportsAndNotOnADayStillToCome() {
        ReportKey rural = rural();
        TaskDetail task = task("实施农村残疾人就业帮扶行动");
        ReportKey byTownship = new ReportKey(rural.taskId(), task.responsible().get(0).id(), rural.periodId());
        assertThatThrownBy(() -> reports.saveReport(byTownship, ReportDraft.received(LocalDate.of(2024, 7, 1), "x", null, null), null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("不是任务“实施农村残疾人就业帮扶行动”的牵头单位");
        assertThatThrownBy(() -> reports.saveReport(rural, ReportDraft.received(LocalDate.of(2024, 7, 11), "x", null, null), null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> reports.saveReport(rural, new ReportDraft(null, null, null, null,
                List.of(new Figure("新增就业", null, "人")), List.of()), null))
                .isInstanceOf(LedgerException.class).hasMessage("数据“新增就业”没有填写数值。");
    }

    @Test
    void remindersListOverdueUnitsWithContactAndAChineseText() {
        Unit hr = services.units().byId(services.units().resolve("县人社局").units().get(0).id()).orElseThrow();
        services.units().saveDetails(hr.withDetails(hr.kind(), "李明", "0876-3121234", null, null));
        ReportingPeriod q2 = q2of2024();

        List<UnitReminder> reminders = reports.reminders(q2.id());
        UnitReminder toHr = reminders.stream().filter(r -> r.unit().name().equals("县人力资源和社会保障局")).findFirst().orElseThrow();
        assertThat(toHr.status()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(toHr.contactPerson()).isEqualTo("李明");
        assertThat(toHr.phone()).isEqualTo("0876-3121234");
        assertThat(toHr.cells()).extracting(c -> c.task().title()).contains("实施农村残疾人就业帮扶行动");
        assertThat(toHr.text())
                .startsWith("县人力资源和社会保障局：\n")
                .contains("2024年第二季度工作情况应于2024年7月5日前报送县人民政府残疾人工作委员会办公室，目前尚未收到（已逾期5天）")
                .contains("十个专项行动第5项“实施农村残疾人就业帮扶行动”")
                .contains("工作进展、存在问题、下一步打算")
                .contains("尽快报送县人民政府残疾人工作委员会办公室")
                .contains("联系人：王选良")
                .contains("邮箱：1909465129@qq.com")
                .endsWith("县人民政府残疾人工作委员会办公室\n2024年7月10日");
        assertThat(reports.overdueUnits(q2.id())).hasSameSizeAs(reminders);
        assertThat(reminders).extracting(r -> r.unit().name()).doesNotContain("县人民政府残疾人工作委员会办公室");

        int before = toHr.cells().size();
        reports.saveReport(rural(), ReportDraft.received(LocalDate.of(2024, 7, 9), "已报送。", null, null), null);
        UnitReminder after = reports.reminders(q2.id()).stream().filter(r -> r.unit().id() == hr.id()).findFirst().orElseThrow();
        assertThat(after.cells()).hasSize(before - 1);
        assertThat(after.text()).doesNotContain("实施农村残疾人就业帮扶行动");
    }

    @Test
    void reminderBeforeTheDueDateSaysHowManyDaysAreLeft() {
        clock.set(LocalDate.of(2024, 7, 2));
        List<UnitReminder> reminders = reports.reminders(q2of2024().id());
        assertThat(reminders).isNotEmpty().allMatch(r -> r.status() == ReportStatus.DUE_SOON);
        assertThat(reminders.get(0).text()).contains("（距截止还有3天）").contains("于2024年7月5日前报送县人民政府残疾人工作委员会办公室");
        assertThat(reports.overdueUnits(q2of2024().id())).isEmpty();
        clock.set(LocalDate.of(2024, 6, 1));
        assertThat(reports.reminders(q2of2024().id())).isEmpty();
    }

    @Test
    void changeToALockedPeriodNeedsAReasonAndIsLoggedWithBeforeAndAfter() {
        ReportKey rural = rural();
        reports.saveReport(rural, ReportDraft.received(LocalDate.of(2024, 7, 4), "培训3期。", null, null), null);
        PeriodLock lock = reports.lock(rural.periodId(), "已报县政府");
        assertThat(reports.lockOf(rural.periodId())).contains(lock);
        assertThat(reports.matrix(rural.periodId()).lock()).isPresent();
        assertThat(reports.periods().get(9).locked()).isTrue();

        ReportDraft changed = ReportDraft.received(LocalDate.of(2024, 7, 4), "培训4期。", null, null);
        assertThatThrownBy(() -> reports.saveReport(rural, changed, null))
                .isInstanceOf(LedgerException.class)
                .hasMessage("2024年第二季度已于2024年7月10日锁定（汇总已报送）。修改已锁定报送期的内容必须填写修改原因，修改会记入变更记录。");
        assertThatThrownBy(() -> reports.saveReport(rural, changed, "  "))
                .isInstanceOf(LedgerException.class);
        assertThat(reports.report(rural).orElseThrow().progress()).isEqualTo("培训3期。");
        // saving what is already there changes nothing and needs no reason
        reports.saveReport(rural, ReportDraft.received(LocalDate.of(2024, 7, 4), "培训3期。", null, null), null);

        reports.saveReport(rural, changed, "人社局更正培训期数");
        assertThat(reports.report(rural).orElseThrow().progress()).isEqualTo("培训4期。");

        List<ChangeLogEntry> log = reports.changeLog(rural.periodId());
        assertThat(log).extracting(ChangeLogEntry::entity).containsExactly("period_lock", "task_report");
        ChangeLogEntry change = log.get(1);
        assertThat(change.reason()).isEqualTo("人社局更正培训期数");
        assertThat(change.changedBy()).isNotBlank();
        assertThat(change.changedAt()).isEqualTo(LocalDate.of(2024, 7, 10).atTime(10, 0));
        assertThat(change.before()).contains("\"progress\":\"培训3期。\"");
        assertThat(change.after()).contains("\"progress\":\"培训4期。\"");
        assertThat(ChangeSummary.of(change)).isEqualTo("工作进展：“培训3期。” → “培训4期。”");
        assertThat(ChangeSummary.of(log.get(0))).isEqualTo("新增 备注：“已报县政府”");

        // other periods are not locked
        ReportKey q1 = new ReportKey(rural.taskId(), rural.unitId(), reports.period(2024, 1).id());
        reports.saveReport(q1, ReportDraft.received(LocalDate.of(2024, 4, 2), "一季度。", null, null), null);
        assertThat(reports.changeLog(q1.periodId())).isEmpty();
    }

    @Test
    void measureStatusInALockedPeriodAlsoNeedsAReasonAndUnlockingIsLogged() {
        ReportingPeriod q2 = q2of2024();
        TaskDetail task = task("实施农村残疾人就业帮扶行动");
        long measure = task.measures().get(0).id();
        reports.setMeasureStatus(measure, q2.id(), MeasureStatus.IN_PROGRESS, "已启动", null);
        assertThat(reports.measureProgress(task.task().id(), q2.id())).hasSize(8).first()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
                    assertThat(p.note()).isEqualTo("已启动");
                });
        assertThat(reports.measureProgress(task.task().id(), q2.id()).get(1).recorded()).isFalse();
        assertThat(reports.measureProgressOfPeriod(q2.id()))
                .hasSize(services.plan().allTasks().stream().mapToInt(t -> t.measures().size()).sum());

        reports.lock(q2.id(), null);
        assertThatThrownBy(() -> reports.lock(q2.id(), null)).isInstanceOf(LedgerException.class).hasMessage("2024年第二季度已经锁定。");
        assertThatThrownBy(() -> reports.setMeasureStatus(measure, q2.id(), MeasureStatus.DONE, "已完成", null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("必须填写修改原因");
        reports.setMeasureStatus(measure, q2.id(), MeasureStatus.DONE, "已完成", "年中核实已完成");
        assertThatThrownBy(() -> reports.unlock(q2.id(), "")).isInstanceOf(LedgerException.class);
        reports.unlock(q2.id(), "补录遗漏的报送");
        assertThat(reports.lockOf(q2.id())).isEmpty();
        reports.setMeasureStatus(measure, q2.id(), null, null, null);
        assertThat(reports.measureProgress(task.task().id(), q2.id()).get(0).recorded()).isFalse();

        List<ChangeLogEntry> log = reports.changeLog(q2.id());
        assertThat(log).extracting(ChangeLogEntry::entity).containsExactly("period_lock", "measure_status", "period_lock");
        assertThat(log.get(1).before()).contains("IN_PROGRESS");
        assertThat(log.get(1).after()).contains("DONE");
        assertThat(log.get(2).reason()).isEqualTo("解除锁定：补录遗漏的报送");
        assertThat(ChangeSummary.of(log.get(1))).isEqualTo("状态：推进中 → 已完成\n备注：“已启动” → “已完成”");
    }

    @Test
    void attachmentIsCopiedIntoTheDataFolderWithItsHash() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path source = outside.resolve("人社局二季度报告.docx");
        byte[] content = "第二季度工作情况报告".getBytes(StandardCharsets.UTF_8);
        Files.write(source, content);
        ReportKey rural = rural();

        Attachment a = reports.addAttachment(rural, source, null);
        assertThat(a.originalName()).isEqualTo("人社局二季度报告.docx");
        assertThat(a.sizeBytes()).isEqualTo(content.length);
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(a.storedPath()).startsWith("attachments/2024Q2/").endsWith("人社局二季度报告.docx");
        Path copy = reports.attachmentFile(a.id());
        assertThat(copy).startsWith(dir.resolve("attachments")).hasBinaryContent(content);
        assertThat(reports.attachmentIntact(a.id())).isTrue();
        // the report exists now, though nothing says it was received
        assertThat(reports.report(rural).orElseThrow().attachments()).containsExactly(a);
        assertThat(statusOf(rural)).isEqualTo(ReportStatus.OVERDUE);

        Files.delete(source);
        assertThat(copy).exists();

        assertThatThrownBy(() -> reports.addAttachment(rural, copy, null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("已经作为附件添加过");
        Path other = outside.resolve("人社局二季度报告.docx");
        Files.writeString(other, "更正版");
        Attachment second = reports.addAttachment(rural, other, null);
        assertThat(second.storedPath()).endsWith("人社局二季度报告(2).docx");

        reports.removeAttachment(a.id(), null);
        assertThat(copy).doesNotExist();
        assertThat(reports.report(rural).orElseThrow().attachments()).containsExactly(second);
        assertThatThrownBy(() -> reports.addAttachment(rural, outside.resolve("missing.pdf"), null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("找不到或无法读取文件");
    }

    @Test
    void attachmentToALockedPeriodNeedsAReasonAndLeavesNoFileWhenRefused() throws Exception {
        Path source = Files.writeString(dir.resolve("补充材料.pdf"), "补充");
        ReportKey rural = rural();
        reports.lock(rural.periodId(), "已报");
        assertThatThrownBy(() -> reports.addAttachment(rural, source, null))
                .isInstanceOf(LedgerException.class).hasMessageContaining("必须填写修改原因");
        assertThat(dir.resolve("attachments")).doesNotExist();
        Attachment a = reports.addAttachment(rural, source, "补交附件");
        reports.removeAttachment(a.id(), "重复");
        assertThat(reports.changeLog(rural.periodId())).extracting(ChangeLogEntry::entity)
                .containsExactly("period_lock", "report_attachment", "report_attachment");
        assertThat(reports.changeLog(rural.periodId()).get(2).before()).contains("补充材料.pdf").contains(a.sha256());
    }
}
