package cn.yanshan.ledger.report;

import java.time.LocalDate;
import java.util.List;

/** What the clerk enters for a report; {@code receivedOn} null means "not received". */
public record ReportDraft(LocalDate receivedOn, String progress, String problems, String nextSteps,
                          List<Figure> figures, List<ContributionDraft> contributions) {

    public ReportDraft {
        figures = figures == null ? List.of() : List.copyOf(figures);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    /** A received report with only its date and text. */
    public static ReportDraft received(LocalDate on, String progress, String problems, String nextSteps) {
        return new ReportDraft(on, progress, problems, nextSteps, List.of(), List.of());
    }

    /** A cooperating unit's contribution as entered. */
    public record ContributionDraft(long unitId, String content) {
    }
}
