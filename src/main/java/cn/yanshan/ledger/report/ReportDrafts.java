package cn.yanshan.ledger.report;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.unit.UnitService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks and tidies what the clerk entered for a report, and compares it with the stored report. */
final class ReportDrafts {

    /** DECIMAL(18, 2): at most 16 digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1e16");

    private ReportDrafts() {
    }

    static ReportDraft clean(ReportDraft d, ReportingPeriod period, LocalDate today, UnitService units) {
        LocalDate received = d.receivedOn();
        if (received != null && received.isAfter(today)) {
            throw new LedgerException("收到日期（" + ReportingPeriod.chineseDate(received) + "）不能晚于今天。");
        }
        if (received != null && received.isBefore(period.startsOn())) {
            throw new LedgerException("收到日期（" + ReportingPeriod.chineseDate(received) + "）早于" + period.label()
                    + "的开始日期，请检查日期或所选的报送期。");
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : d.figures()) {
            String name = text(f.name());
            if (name == null && f.amount() == null) {
                continue;
            }
            if (name == null) {
                throw new LedgerException("有一项数据没有填写名称，请填写名称（如“新增就业人数”）或删除该项。");
            }
            if (f.amount() == null) {
                throw new LedgerException("数据“" + name + "”没有填写数值。");
            }
            if (f.amount().abs().compareTo(LIMIT) >= 0 || f.amount().stripTrailingZeros().scale() > 2) {
                throw new LedgerException("数据“" + name + "”的数值最多保留两位小数、不超过16位整数。");
            }
            figures.add(new Figure(name, f.amount(), text(f.unitLabel())));
        }
        List<ReportDraft.ContributionDraft> contributions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ReportDraft.ContributionDraft c : d.contributions()) {
            String content = text(c.content());
            if (content == null) {
                continue;
            }
            String unit = units.byId(c.unitId()).map(u -> u.name())
                    .orElseThrow(() -> new LedgerException("配合单位已不存在，请刷新后重新选择。"));
            if (!seen.add(c.unitId())) {
                throw new LedgerException(unit + "的报送情况填写了两次，请合并为一条。");
            }
            contributions.add(new ReportDraft.ContributionDraft(c.unitId(), content));
        }
        return new ReportDraft(received, text(d.progress()), text(d.problems()), text(d.nextSteps()), figures, contributions);
    }

    /** Whether the stored report already holds exactly what the (clean) draft says. */
    static boolean sameAs(TaskReport r, ReportDraft d) {
        if (!Objects.equals(r.receivedOn(), d.receivedOn()) || !Objects.equals(r.progress(), d.progress())
                || !Objects.equals(r.problems(), d.problems()) || !Objects.equals(r.nextSteps(), d.nextSteps())
                || r.figures().size() != d.figures().size() || r.contributions().size() != d.contributions().size()) {
            return false;
        }
        for (int i = 0; i < r.figures().size(); i++) {
            Figure a = r.figures().get(i);
            Figure b = d.figures().get(i);
            if (!a.name().equals(b.name()) || a.amount().compareTo(b.amount()) != 0 || !Objects.equals(a.unitLabel(), b.unitLabel())) {
                return false;
            }
        }
        for (int i = 0; i < r.contributions().size(); i++) {
            Contribution a = r.contributions().get(i);
            ReportDraft.ContributionDraft b = d.contributions().get(i);
            if (a.unit().id() != b.unitId() || !a.content().equals(b.content())) {
                return false;
            }
        }
        return true;
    }

    /** Stripped text, or null when there is none. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
