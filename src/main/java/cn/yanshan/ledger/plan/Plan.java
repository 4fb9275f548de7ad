package cn.yanshan.ledger.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** 方案: a plan with its period, target and reporting rule. */
public record Plan(long id, String title, String noticeTitle, String issuer, LocalDate issuedOn,
                   LocalDate periodStart, LocalDate periodEnd, int target, String targetText,
                   String reportingRule, List<MonthDay> reportDueDays,
                   Long receivingUnitId, String contactPerson, String contactPhone, String contactEmail) {

    public Plan {
        reportDueDays = List.copyOf(reportDueDays);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }
}
