package cn.yanshan.ledger.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One cell's value as the file holds it. Formula cells carry their cached result (what Excel showed
 * when the file was saved) and say so through {@link #isFormula()}; nothing is recalculated.
 *
 * <p>A numeric cell keeps its {@code double} ({@link #number()}) and the text Excel shows for it
 * ({@link #text()}, from the cell's number format): an ID number typed into a number cell comes back
 * as {@code isNumeric() == true}, {@code number() == 5.32622199001011E17}, {@code text() == "5.32622E+17"},
 * so the caller can tell that digits were lost (see {@code IdNumber.fromExcelNumber}).
 * Cells of a .csv file are always {@link Type#TEXT} or {@link Type#BLANK}.
 */
public final class Cell {

    /** What kind of value a cell holds. */
    public enum Type {
        /** Nothing, or a cell that only has a format. */
        BLANK,
        /** Text, as typed (not trimmed). */
        TEXT,
        /** A number whose format is not a date format. */
        NUMBER,
        /** A number formatted as a date or time: {@link #dateTime()} holds it, {@link #number()} the serial. */
        DATE,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error value such as {@code #N/A} or {@code #DIV/0!}, in {@link #text()}. */
        ERROR
    }

    /** The empty cell, also given for any column beyond a row's last cell. */
    public static final Cell BLANK = new Cell(Type.BLANK, "", Double.NaN, null, false, null);

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Type type;
    private String text; // computed lazily for NUMBER and DATE
    private final double number;
    private final LocalDateTime dateTime;
    private final boolean formula;
    private final NumberStyle style;

    private Cell(Type type, String text, double number, LocalDateTime dateTime, boolean formula, NumberStyle style) {
        this.type = type;
        this.text = text;
        this.number = number;
        this.dateTime = dateTime;
        this.formula = formula;
        this.style = style;
    }

    /** A text cell; {@code null} gives {@link #BLANK}. An empty string is a blank cell too. */
    public static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(Type.TEXT, text, Double.NaN, null, false, null);
    }

    /** A number cell without a known format, shown like Excel's "General" format. */
    public static Cell number(double value) {
        return new Cell(Type.NUMBER, null, value, null, false, null);
    }

    /** A date cell, e.g. for tests; the serial is computed in the 1900 date system. */
    public static Cell date(LocalDateTime value) {
        Objects.requireNonNull(value, "value");
        return new Cell(Type.DATE, null, CellFormats.toSerial(value, false), value, false, null);
    }

    public static Cell bool(boolean value) {
        return new Cell(Type.BOOLEAN, value ? "TRUE" : "FALSE", Double.NaN, null, false, null);
    }

    public static Cell error(String code) {
        return new Cell(Type.ERROR, code == null || code.isEmpty() ? "#VALUE!" : code, Double.NaN, null, false, null);
    }

    /**
     * A numeric cell with its format: a date format makes it a {@link Type#DATE} (serials outside
     * Excel's date range stay numbers).
     */
    static Cell numeric(double value, NumberStyle style, boolean formula) {
        if (style != null && style.isDate() && CellFormats.isValidSerial(value)) {
            LocalDateTime dt = CellFormats.fromSerial(value, style.date1904());
            if (dt != null) {
                return new Cell(Type.DATE, null, value, dt, formula, style);
            }
        }
        return new Cell(Type.NUMBER, null, value, null, formula, style);
    }

    static Cell textCell(String text, boolean formula) {
        if (text == null || text.isEmpty()) {
            return formula ? new Cell(Type.BLANK, "", Double.NaN, null, true, null) : BLANK;
        }
        return new Cell(Type.TEXT, text, Double.NaN, null, formula, null);
    }

    static Cell boolCell(boolean value, boolean formula) {
        return new Cell(Type.BOOLEAN, value ? "TRUE" : "FALSE", Double.NaN, null, formula, null);
    }

    static Cell errorCell(String code, boolean formula) {
        return new Cell(Type.ERROR, code == null || code.isEmpty() ? "#VALUE!" : code, Double.NaN, null, formula, null);
    }

    public Type type() {
        return type;
    }

    /**
     * The cell as Excel shows it: text as typed; a number through its number format (an 18-digit
     * number in "General" format shows as {@code 5.32622E+17}, as in Excel); a date as
     * {@code 2024-05-06} (with {@code HH:mm} when it has a time of day); TRUE/FALSE; the error code;
     * "" for a blank cell. Never null.
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = type == Type.DATE ? dateText() : CellFormats.format(number, style);
            text = t;
        }
        return t;
    }

    /** The number as plain digits without exponent or grouping: 532622199001011000, 1500, 0.25; "" if not numeric. */
    public String plainNumber() {
        if (!isNumeric()) {
            return "";
        }
        return CellFormats.plain(number);
    }

    /** The stored number of a {@link Type#NUMBER} or {@link Type#DATE} (the serial) cell; NaN otherwise. */
    public double number() {
        return number;
    }

    /** The number as a BigDecimal (shortest form of the double), or null when the cell is not numeric. */
    public BigDecimal decimal() {
        return isNumeric() && Double.isFinite(number) ? new BigDecimal(CellFormats.plain(number)) : null;
    }

    /** True when the file stored a number here ({@link Type#NUMBER} or {@link Type#DATE}). */
    public boolean isNumeric() {
        return type == Type.NUMBER || type == Type.DATE;
    }

    /** The date and time of a {@link Type#DATE} cell; null otherwise. */
    public LocalDateTime dateTime() {
        return dateTime;
    }

    /** The day of a {@link Type#DATE} cell; null otherwise. */
    public LocalDate date() {
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /** True for a formula cell; the value is the result Excel cached when the file was saved. */
    public boolean isFormula() {
        return formula;
    }

    /** True for {@link Type#BLANK} and for text that is only white space (also full-width or no-break spaces). */
    public boolean isBlank() {
        if (type == Type.BLANK) {
            return true;
        }
        if (type != Type.TEXT) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff')) {
                return false;
            }
        }
        return true;
    }

    /** The number format of a numeric cell (e.g. {@code yyyy"年"m"月"d"日"}, {@code 0.00}), or null. */
    public String formatString() {
        return style == null ? null : style.formatString();
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel); false when unknown. */
    public boolean date1904() {
        return style != null && style.date1904();
    }

    private String dateText() {
        LocalTime time = dateTime.toLocalTime();
        if (time.equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.format(time.getSecond() == 0 && time.getNano() == 0 ? MINUTES : SECONDS);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Cell)) {
            return false;
        }
        Cell other = (Cell) o;
        return type == other.type && formula == other.formula
                && Double.compare(number, other.number) == 0
                && Objects.equals(dateTime, other.dateTime)
                && (type == Type.NUMBER || type == Type.DATE || Objects.equals(text, other.text));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Double.hashCode(number), dateTime, type == Type.NUMBER || type == Type.DATE ? null : text);
    }

    @Override
    public String toString() {
        return type + (formula ? "(formula)" : "") + "[" + text() + "]";
    }
}
