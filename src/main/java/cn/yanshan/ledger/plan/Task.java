package cn.yanshan.ledger.plan;

import java.time.LocalDate;

/** 主要任务: a task of a section, with its deadline as written and as a date. */
public record Task(long id, long sectionId, int sectionNumber, int number, String title,
                   String deadlineText, LocalDate deadlineDate) {

    /** "1-5" style label: section and number. */
    public String code() {
        return sectionNumber + "-" + number;
    }
}
