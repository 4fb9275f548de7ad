package cn.yanshan.ledger.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header among the top rows of a sheet and maps its columns to {@link ColumnSpec}s.
 *
 * <p>Real unit files put a merged title (砚山县2024年残疾人就业登记表) and a 填报单位/填报时间 row
 * above the header, and often a two-row header: a merged group (就业情况) over its sub-headers
 * (就业形式, 就业单位), with single headers (姓名) merged down over both rows. The detector tries each of
 * the top rows, alone and together with the row below it, spreads merged values across their regions,
 * and keeps the candidate that maps the most columns; a header must map at least two columns (or
 * every column, when fewer are specified) to count as found. The rows above it give the title and the
 * 填报单位 and 填报日期.
 *
 * <p>A mapping the clerk corrected earlier ({@link HeaderMatch#mapping()}) can be given back as
 * {@code remembered}: its labels are then recognised like synonyms.
 */
public final class HeaderDetector {

    private static final Pattern UNIT_LABEL = Pattern.compile(
            "(填报单位|填表单位|报送单位|上报单位|单位名称|单位)\\s*[（(]?(盖章|公章)?[)）]?\\s*[:：]");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(填报时间|填报日期|填表时间|填表日期|报送时间|报送日期|上报时间|上报日期|统计时间|统计日期|截止时间|截止日期|截至时间|截至日期|时间|日期)\\s*[:：]");

    private final List<ColumnSpec> specs;
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    private final Map<String, String> remembered = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    /** A detector for these specs, without remembered corrections. */
    public HeaderDetector(List<ColumnSpec> specs) {
        this(specs, Map.of());
    }

    /**
     * @param specs      the columns the import knows
     * @param remembered a mapping the clerk corrected before for files like this one (label → key, ""
     *                   to ignore the column); keys not in {@code specs} are ignored
     */
    public HeaderDetector(List<ColumnSpec> specs, Map<String, String> remembered) {
        this.specs = List.copyOf(specs);
        Set<String> keys = new HashSet<>();
        for (ColumnSpec spec : specs) {
            if (!keys.add(spec.key())) {
                throw new IllegalArgumentException("duplicate key " + spec.key());
            }
            for (String name : spec.names()) {
                String n = HeaderText.normalize(name);
                if (n.isEmpty()) {
                    continue;
                }
                String earlier = exact.putIfAbsent(n, spec.key());
                if (earlier != null && !earlier.equals(spec.key())) {
                    throw new IllegalArgumentException("header '" + name + "' would name both " + earlier + " and " + spec.key());
                }
                loose.putIfAbsent(HeaderText.withoutNotes(n), spec.key());
            }
        }
        remembered.forEach((label, key) -> {
            String n = HeaderText.normalize(label);
            if (n.isEmpty()) {
                return;
            }
            if (key == null || key.isEmpty()) {
                ignored.add(n);
            } else if (keys.contains(key)) {
                this.remembered.put(n, key);
            }
        });
    }

    public List<ColumnSpec> specs() {
        return specs;
    }

    /** The key a header text names, if any. */
    public Optional<String> keyOf(String header) {
        return Optional.ofNullable(match(HeaderText.normalize(header)));
    }

    private String match(String normalized) {
        if (normalized.isEmpty() || ignored.contains(normalized)) {
            return null;
        }
        String key = remembered.get(normalized);
        if (key == null) {
            key = exact.get(normalized);
        }
        if (key == null) {
            String bare = HeaderText.withoutNotes(normalized);
            key = remembered.get(bare);
            if (key == null) {
                key = exact.get(bare);
            }
            if (key == null) {
                key = loose.get(bare);
            }
        }
        return key;
    }

    /** Reads the top rows of a sheet and detects its header. */
    public Optional<HeaderMatch> detect(Workbook workbook, int sheet) {
        List<SheetRow> top = topRows(workbook, sheet);
        return detect(top, workbook.headerMerges(sheet));
    }

    /** The rows among which the header is searched: those within {@link Limits#headerScanRows()}. */
    static List<SheetRow> topRows(Workbook workbook, int sheet) {
        int limit = workbook.limits().headerScanRows() + 1; // one more for the lower row of a two-row header
        List<SheetRow> rows = new ArrayList<>();
        workbook.forEachRow(sheet, ReadListener.NONE, row -> {
            if (row.rowNumber() > limit) {
                return false;
            }
            rows.add(row);
            return rows.size() < limit;
        });
        return rows;
    }

    /**
     * Detects the header among {@code rows} (the top of a sheet, in order) with the merged regions
     * of the sheet; empty when no row maps enough columns.
     */
    public Optional<HeaderMatch> detect(List<SheetRow> rows, List<CellRange> merges) {
        Grid grid = new Grid(rows, merges);
        int needed = Math.min(2, specs.size());
        Candidate best = null;
        for (int r : grid.rowNumbers()) {
            Candidate single = candidate(grid, r, r);
            if (better(single, best)) {
                best = single;
            }
            if (grid.has(r + 1)) {
                Candidate pair = candidate(grid, r, r + 1);
                if (better(pair, best)) {
                    best = pair;
                }
            }
        }
        if (best == null || best.matched < needed) {
            return Optional.empty();
        }
        // a single row under a group row joined to it by merged cells is the lower half of a two-row header
        if (best.first == best.last && grid.has(best.first - 1) && grid.joinedToRowAbove(best.first)) {
            Candidate pair = candidate(grid, best.first - 1, best.first);
            if (pair.matched >= best.matched) {
                best = pair;
            }
        }
        return Optional.of(build(grid, best));
    }

    /**
     * The header at rows the clerk chose ({@code firstRow}..{@code lastRow}, 1-based), mapped as well
     * as it goes; no minimum of mapped columns.
     */
    public HeaderMatch atRows(List<SheetRow> rows, List<CellRange> merges, int firstRow, int lastRow) {
        if (firstRow < 1 || lastRow < firstRow || lastRow > firstRow + 1) {
            throw new IllegalArgumentException("header rows " + firstRow + ".." + lastRow);
        }
        Grid grid = new Grid(rows, merges);
        return build(grid, candidate(grid, firstRow, lastRow));
    }

    private static boolean better(Candidate c, Candidate best) {
        if (best == null) {
            return c.matched > 0;
        }
        if (c.matched != best.matched) {
            return c.matched > best.matched;
        }
        if (c.score != best.score) {
            return c.score > best.score;
        }
        // as good: one row rather than two (a second row adds nothing); otherwise the earlier
        return (c.last - c.first) < (best.last - best.first);
    }

    private Candidate candidate(Grid grid, int first, int last) {
        List<HeaderColumn> columns = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean pair = last != first;
        int width = Math.max(grid.width(first), pair ? grid.width(last) : 0);
        for (int c = 0; c < width; c++) {
            String top = grid.text(first, c);
            String topKey = grid.key(first, c);
            String sub = pair ? grid.text(last, c) : "";
            String subKey = pair ? grid.key(last, c) : "";
            String label;
            String key;
            if (subKey.isEmpty() || topKey.equals(subKey)) {
                label = topKey.isEmpty() ? sub : top;
                key = match(topKey.isEmpty() ? subKey : topKey);
            } else if (topKey.isEmpty()) {
                label = sub;
                key = match(subKey);
            } else {
                label = top + "/" + sub;
                key = match(subKey);
                if (key == null) {
                    key = match(topKey + subKey);
                }
            }
            if (label.isEmpty()) {
                continue;
            }
            if (key != null && !taken.add(key)) {
                key = null; // the first column with a header keeps it
            }
            columns.add(new HeaderColumn(c, label, key));
        }
        return new Candidate(first, last, columns, specs);
    }

    private HeaderMatch build(Grid grid, Candidate c) {
        String unit = null;
        String date = null;
        List<String> titles = new ArrayList<>();
        for (int r : grid.rowNumbers()) {
            if (r >= c.first) {
                break;
            }
            List<String> texts = grid.distinctTexts(r);
            if (texts.isEmpty()) {
                continue;
            }
            String[] found = reportLine(texts);
            if (found[0] != null || found[1] != null) {
                unit = unit == null ? found[0] : unit;
                date = date == null ? found[1] : date;
            } else {
                titles.add(String.join(" ", texts));
            }
        }
        return complete(c.first, c.last, c.columns, specs, unit, date, titles);
    }

    /** Builds a match from its columns, with the missing keys and the score worked out; each key kept once. */
    static HeaderMatch complete(int first, int last, List<HeaderColumn> columns, List<ColumnSpec> specs,
                                String unit, String date, List<String> titles) {
        Set<String> seen = new HashSet<>();
        List<HeaderColumn> unique = new ArrayList<>(columns.size());
        for (HeaderColumn col : columns) {
            if (col.key() != null && !seen.add(col.key())) {
                unique.add(new HeaderColumn(col.index(), col.label(), null));
            } else {
                unique.add(col);
            }
        }
        List<String> missing = new ArrayList<>();
        int score = 0;
        for (ColumnSpec s : specs) {
            if (seen.contains(s.key())) {
                score += s.required() ? 3 : 1;
            } else if (s.required()) {
                missing.add(s.key());
            }
        }
        return new HeaderMatch(first, last, unique, missing, score, unit, date, titles);
    }

    /** {unit, date} found in a row's texts, e.g. "填报单位：江那镇人民政府    填报时间：2024年5月6日". */
    static String[] reportLine(List<String> texts) {
        String unit = null;
        String date = null;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            String next = i + 1 < texts.size() ? texts.get(i + 1) : null;
            Matcher u = UNIT_LABEL.matcher(t);
            Matcher d = DATE_LABEL.matcher(t);
            boolean hasUnit = u.find();
            boolean hasDate = d.find();
            if (hasUnit && unit == null) {
                int end = hasDate && d.start() > u.end() ? d.start() : t.length();
                unit = valueAfter(t.substring(u.end(), end), next);
            }
            if (hasDate && date == null) {
                int end = hasUnit && u.start() > d.end() ? u.start() : t.length();
                date = valueAfter(t.substring(d.end(), end), next);
            }
        }
        return new String[] {unit, date};
    }

    private static String valueAfter(String rest, String nextCell) {
        String v = rest.strip();
        if (v.isEmpty() && nextCell != null && !UNIT_LABEL.matcher(nextCell).find() && !DATE_LABEL.matcher(nextCell).find()) {
            v = nextCell.strip();
        }
        v = v.replaceAll("[\\s\u3000]+", " ").strip();
        return v.isEmpty() ? null : v;
    }

    /** White space runs (line breaks, full-width spaces) as one space, none at the ends. */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A header candidate: rows and columns, and how much it maps. */
    private static final class Candidate {
        final int first;
        final int last;
        final List<HeaderColumn> columns;
        final int matched;
        final int score;

        Candidate(int first, int last, List<HeaderColumn> columns, List<ColumnSpec> specs) {
            this.first = first;
            this.last = last;
            this.columns = columns;
            int m = 0;
            int s = 0;
            Set<String> keys = new HashSet<>();
            for (HeaderColumn c : columns) {
                if (c.key() != null) {
                    keys.add(c.key());
                }
            }
            for (ColumnSpec spec : specs) {
                if (keys.contains(spec.key())) {
                    m++;
                    s += spec.required() ? 3 : 1;
                }
            }
            this.matched = m;
            this.score = s;
        }
    }

    /** The top rows as texts, with each merged region's value spread over the region. */
    static final class Grid {
        private final TreeMap<Integer, List<String>> rows = new TreeMap<>();
        private final Map<Integer, List<String>> keys = new HashMap<>();
        private final List<CellRange> merges;

        Grid(List<SheetRow> sheetRows, List<CellRange> merges) {
            this.merges = merges;
            for (SheetRow row : sheetRows) {
                if (row.isBlank()) {
                    continue;
                }
                List<String> texts = new ArrayList<>(row.cells().size());
                for (Cell c : row.cells()) {
                    texts.add(c.isBlank() ? "" : oneLine(c.type() == Cell.Type.NUMBER ? c.plainNumber() : c.text()));
                }
                rows.put(row.rowNumber(), texts);
            }
            for (CellRange m : merges) {
                List<String> origin = rows.get(m.firstRow());
                if (origin == null || m.firstColumn() >= origin.size()) {
                    continue;
                }
                String value = origin.get(m.firstColumn());
                if (value.isEmpty()) {
                    continue;
                }
                for (int r = m.firstRow(); r <= m.lastRow() && r <= m.firstRow() + 50; r++) {
                    List<String> texts = rows.get(r);
                    if (texts == null) {
                        texts = new ArrayList<>();
                        rows.put(r, texts);
                    }
                    for (int c = m.firstColumn(); c <= m.lastColumn() && c < 1024; c++) {
                        while (texts.size() <= c) {
                            texts.add("");
                        }
                        if (texts.get(c).isEmpty()) {
                            texts.set(c, value);
                        }
                    }
                }
            }
            rows.forEach((r, texts) -> {
                List<String> k = new ArrayList<>(texts.size());
                for (String t : texts) {
                    k.add(t.isEmpty() ? "" : HeaderText.normalize(t));
                }
                keys.put(r, k);
            });
        }

        Set<Integer> rowNumbers() {
            return rows.keySet();
        }

        boolean has(int row) {
            return rows.containsKey(row);
        }

        int width(int row) {
            List<String> t = rows.get(row);
            return t == null ? 0 : t.size();
        }

        /** The cell's text on one line, "" when blank. */
        String text(int row, int column) {
            List<String> t = rows.get(row);
            return t == null || column >= t.size() ? "" : t.get(column);
        }

        /** The cell's text as {@link HeaderText#normalize} gives it. */
        String key(int row, int column) {
            List<String> t = keys.get(row);
            return t == null || column >= t.size() ? "" : t.get(column);
        }

        /** Non-blank texts of a row, a merged value once. */
        List<String> distinctTexts(int row) {
            List<String> out = new ArrayList<>();
            String previous = null;
            for (String t : rows.getOrDefault(row, List.of())) {
                if (!t.isEmpty() && !t.equals(previous)) {
                    out.add(t);
                }
                previous = t;
            }
            return out;
        }

        /** Whether a merged region crosses from the row above into this row, or spans columns just above it. */
        boolean joinedToRowAbove(int row) {
            for (CellRange m : merges) {
                if (m.firstRow() <= row - 1 && m.lastRow() >= row) {
                    return true;
                }
                if (m.firstRow() == row - 1 && m.lastRow() == row - 1 && m.lastColumn() > m.firstColumn()) {
                    // a group header spread over several columns of the row below
                    for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                        if (!text(row, c).isEmpty() && !text(row, c).equals(text(row - 1, c))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
