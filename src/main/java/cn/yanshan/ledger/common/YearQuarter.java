package cn.yanshan.ledger.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written 2023Q1. */
public record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*[Qq]([1-4])");

    public YearQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
    }

    public static YearQuarter of(LocalDate date) {
        return new YearQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses 2023Q1 (also 2023q1, 2023 Q1). */
    public static YearQuarter parse(String text) {
        Matcher m = TEXT.matcher(Objects.requireNonNull(text).strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter like 2023Q1: " + text);
        }
        return new YearQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarters from the one holding {@code from} to the one holding {@code to}, both included. */
    public static List<YearQuarter> between(LocalDate from, LocalDate to) {
        List<YearQuarter> out = new ArrayList<>();
        for (YearQuarter q = of(from); q.compareTo(of(to)) <= 0; q = q.next()) {
            out.add(q);
        }
        return out;
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public YearQuarter next() {
        return quarter == 4 ? new YearQuarter(year + 1, 1) : new YearQuarter(year, quarter + 1);
    }

    /** 2023年第1季度 */
    public String label() {
        return year + "年第" + quarter + "季度";
    }

    @Override
    public int compareTo(YearQuarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    /** 2023Q1 */
    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
