package cn.yanshan.ledger.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the header of a sheet is and what its columns mean.
 *
 * @param firstRow        first header row, 1-based
 * @param lastRow         last header row (firstRow + 1 for a two-row header); data starts below it
 * @param columns         every column that has a header, left to right, mapped or not
 * @param missingRequired keys of required specs that no column maps to, in spec order
 * @param score           how well the header matches: 3 per required and 1 per optional spec found;
 *                        compare sheets (or kinds of import) by it
 * @param unit            the 填报单位 written above the header, or null
 * @param reportDate      the 填报日期/填报时间 written above the header, as written, or null
 * @param titles          the texts of the rows above the header other than 填报单位/日期 (e.g. the title)
 */
public record HeaderMatch(
        int firstRow,
        int lastRow,
        List<HeaderColumn> columns,
        List<String> missingRequired,
        int score,
        String unit,
        String reportDate,
        List<String> titles) {

    public HeaderMatch {
        columns = List.copyOf(columns);
        missingRequired = List.copyOf(missingRequired);
        titles = List.copyOf(titles);
    }

    /** The first row below the header. */
    public int dataStartRow() {
        return lastRow + 1;
    }

    /** True when every required column was found. */
    public boolean isComplete() {
        return missingRequired.isEmpty();
    }

    /** Number of mapped columns. */
    public int mappedCount() {
        int n = 0;
        for (HeaderColumn c : columns) {
            if (c.isMapped()) {
                n++;
            }
        }
        return n;
    }

    /** The column a key maps to. */
    public Optional<HeaderColumn> column(String key) {
        for (HeaderColumn c : columns) {
            if (key.equals(c.key())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Key → 0-based column index, for the mapped columns. */
    public Map<String, Integer> columnsByKey() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (HeaderColumn c : columns) {
            if (c.isMapped()) {
                out.put(c.key(), c.index());
            }
        }
        return out;
    }

    /** Columns with a header that maps to nothing (shown to the clerk, kept in error workbooks). */
    public List<HeaderColumn> unmapped() {
        List<HeaderColumn> out = new ArrayList<>();
        for (HeaderColumn c : columns) {
            if (!c.isMapped()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The 填报日期 parsed, when it is a date in one of the forms {@link Values#date(String)} reads. */
    public Optional<LocalDate> parsedReportDate() {
        return reportDate == null ? Optional.empty() : Values.date(reportDate).toOptional();
    }

    /**
     * The mapping in a form to store and give back to {@link HeaderDetector} next time: header label
     * (as in {@link HeaderColumn#label()}) → key, "" for a column deliberately left unmapped.
     */
    public Map<String, String> mapping() {
        Map<String, String> out = new LinkedHashMap<>();
        for (HeaderColumn c : columns) {
            out.putIfAbsent(c.label(), c.key() == null ? "" : c.key());
        }
        return out;
    }

    /**
     * The same header with the clerk's corrections: {@code overrides} maps a header label (compared
     * after {@link HeaderText#normalize}) to a key, or to "" to leave that column out. A key given to
     * a column is taken from any other column that had it. Keys not in {@code specs} are ignored.
     * Missing columns and the score are computed again.
     */
    public HeaderMatch withMapping(Map<String, String> overrides, List<ColumnSpec> specs) {
        Map<String, ColumnSpec> byKey = new HashMap<>();
        for (ColumnSpec s : specs) {
            byKey.put(s.key(), s);
        }
        Map<String, String> normalized = new HashMap<>();
        overrides.forEach((label, key) -> normalized.put(HeaderText.normalize(label), key == null ? "" : key));
        List<HeaderColumn> out = new ArrayList<>(columns.size());
        List<String> assigned = new ArrayList<>();
        for (HeaderColumn c : columns) {
            String override = normalized.get(HeaderText.normalize(c.label()));
            if (override != null && (override.isEmpty() || byKey.containsKey(override))) {
                String key = override.isEmpty() ? null : override;
                out.add(new HeaderColumn(c.index(), c.label(), key));
                if (key != null) {
                    assigned.add(key);
                }
            } else {
                out.add(c);
            }
        }
        // a key the clerk gave to one column leaves the column that had it by detection
        for (int i = 0; i < out.size(); i++) {
            HeaderColumn c = out.get(i);
            String override = normalized.get(HeaderText.normalize(c.label()));
            boolean overridden = override != null && (override.isEmpty() || byKey.containsKey(override));
            if (!overridden && c.key() != null && assigned.contains(c.key())) {
                out.set(i, new HeaderColumn(c.index(), c.label(), null));
            }
        }
        return HeaderDetector.complete(firstRow, lastRow, out, specs, unit, reportDate, titles);
    }
}
