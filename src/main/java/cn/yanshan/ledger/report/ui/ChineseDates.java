package cn.yanshan.ledger.report.ui;

import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Dates typed as clerks type them: 2024-07-03, 2024/7/3, 2024.7.3, 20240703 or 2024年7月3日; shown as 2024-07-03. */
final class ChineseDates extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return null;
    }
}
