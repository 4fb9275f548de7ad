package cn.yanshan.ledger.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A lead unit's report on a task for a period: the date it arrived (null while it has not), the three customary
 * parts 工作进展 / 存在问题 / 下一步打算, its figures, the cooperating units' contributions and attachments.
 */
public record TaskReport(long id, ReportKey key, LocalDate receivedOn, String progress, String problems,
                         String nextSteps, List<Figure> figures, List<Contribution> contributions,
                         List<Attachment> attachments, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public TaskReport {
        figures = List.copyOf(figures);
        contributions = List.copyOf(contributions);
        attachments = List.copyOf(attachments);
    }

    public boolean received() {
        return receivedOn != null;
    }
}
