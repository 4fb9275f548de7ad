package cn.yanshan.ledger.report;

import java.time.LocalDate;

/** 报送期: one quarter of a plan year, with the day the lead units' reports on it are due. */
public record ReportingPeriod(long id, long planId, int year, int quarter,
                              LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {

    private static final String[] QUARTERS = {"", "一", "二", "三", "四"};

    /** 2024年第二季度 */
    public String label() {
        return year + "年" + quarterLabel();
    }

    /** 第二季度 */
    public String quarterLabel() {
        return "第" + (quarter >= 1 && quarter <= 4 ? QUARTERS[quarter] : String.valueOf(quarter)) + "季度";
    }

    /** 2024年7月5日 */
    public String dueText() {
        return chineseDate(dueOn);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /** A date as official Chinese text: 2024年7月5日. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
