package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.common.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading values as units write them, each into a {@link Check} whose messages are Chinese
 * sentences saying what to fix. The messages do not name the column: prefix them with
 * {@link Problem#prefixed(String)} (e.g. "就业时间：").
 */
public final class Values {

    /** Earliest and latest years a date in a ledger can have. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?"
                    + "(?:\\s*[T ]?\\s*\\d{1,2}[:时]\\d{1,2}(?:[:分]\\d{1,2}(?:\\.\\d+)?秒?)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(份)?");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*[日号]?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{4}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final double MIN_SERIAL = 1;          // 1900-01-01
    private static final double MAX_SERIAL = 73_050;     // 2099-12-31

    private Values() {
    }

    // ---------------------------------------------------------------- dates

    /**
     * A date from a cell: an Excel date; a number 20240506; an Excel serial such as 45413 (with a
     * warning); or text in one of the forms {@link #date(String)} reads. The time of day is dropped.
     */
    public static Check<LocalDate> date(Cell cell) {
        switch (cell.type()) {
            case DATE:
                return inRange(cell.date(), cell.text());
            case NUMBER:
                return dateFromNumber(cell.number(), cell.date1904(), cell.plainNumber());
            case TEXT:
                return date(cell.text());
            case BLANK:
                return Check.failed("未填写日期。");
            default:
                return Check.failed("“" + cell.text() + "”不是日期，请填写如2024-05-06的日期。");
        }
    }

    /**
     * A date from text: 2024-05-06, 2024-5-6, 2024/5/6, 2024.5.6, 2024年5月6日 (also with 号, with
     * spaces or full-width digits, with a time after it), 20240506, or an Excel serial such as 45413
     * (accepted with a warning). Two-digit years, day-first forms (6/5/2024) and dates without a day
     * are refused, never guessed.
     */
    public static Check<LocalDate> date(String raw) {
        String s = raw == null ? "" : Text.toHalfWidth(raw).strip();
        if (s.isEmpty()) {
            return Check.failed("未填写日期。");
        }
        Matcher m = YMD.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), s);
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), s);
        }
        if (SERIAL.matcher(s).matches()) {
            return dateFromSerial(Double.parseDouble(s), false, s);
        }
        if (YEAR_MONTH.matcher(s).matches()) {
            return Check.failed("日期“" + s + "”只有年和月，缺少日，请写完整，如2024-05-06。");
        }
        if (SHORT_YEAR.matcher(s).matches()) {
            return Check.failed("日期“" + s + "”的年份只有两位，请写四位年份，如2024-05-06。");
        }
        if (DAY_FIRST.matcher(s).matches()) {
            return Check.failed("日期“" + s + "”的年月日顺序不明确，请写成年-月-日，如2024-05-06。");
        }
        return Check.failed("无法识别日期“" + s + "”，请写成2024-05-06或2024年5月6日的形式。");
    }

    private static Check<LocalDate> dateFromNumber(double value, boolean date1904, String shown) {
        if (value == Math.rint(value) && value >= 19_000_101 && value <= 21_001_231) {
            long v = (long) value;
            return of((int) (v / 10_000), (int) (v / 100 % 100), (int) (v % 100), shown);
        }
        return dateFromSerial(value, date1904, shown);
    }

    private static Check<LocalDate> dateFromSerial(double serial, boolean date1904, String shown) {
        if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
            return Check.failed("“" + shown + "”不是日期，请填写如2024-05-06的日期。");
        }
        LocalDateTime dt = CellFormats.fromSerial(serial, date1904);
        if (dt == null) {
            return Check.failed("“" + shown + "”不是日期，请填写如2024-05-06的日期。");
        }
        LocalDate d = dt.toLocalDate();
        return Check.ok(d, List.of(Problem.warning("日期“" + shown + "”是Excel的日期序号，已按" + d
                + "读取，请核对；在Excel中把该列设为日期格式可避免这种情况。")));
    }

    private static Check<LocalDate> of(int year, int month, int day, String shown) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Check.failed("日期“" + shown + "”的年份" + year + "不合理，请核对。");
        }
        try {
            return Check.ok(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Check.failed("日期“" + shown + "”不存在，请核对月份和日。");
        }
    }

    private static Check<LocalDate> inRange(LocalDate d, String shown) {
        if (d == null) {
            return Check.failed("未填写日期。");
        }
        if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
            return Check.failed("日期“" + shown + "”的年份" + d.getYear() + "不合理，请核对。");
        }
        return Check.ok(d);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * A number from a cell: a number cell as stored (to Excel's 15 digits), or text such as
     * 1500, 1,500.00, 1500元, ￥1500, 1500元/月, 0.15万 (= 1500), 30人, 1.5%.
     */
    public static Check<BigDecimal> decimal(Cell cell) {
        switch (cell.type()) {
            case NUMBER:
                BigDecimal d = cell.decimal();
                return d == null ? Check.failed("“" + cell.text() + "”不是有效的数字。") : Check.ok(d);
            case TEXT:
                return decimal(cell.text());
            case BLANK:
                return Check.failed("未填写数字。");
            case DATE:
                return Check.failed("“" + cell.text() + "”是日期，这里应填写数字。");
            default:
                return Check.failed("“" + cell.text() + "”不是数字。");
        }
    }

    /** A number from text; see {@link #decimal(Cell)}. */
    public static Check<BigDecimal> decimal(String raw) {
        String s = Text.compact(raw).toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Check.failed("未填写数字。");
        }
        String shown = raw.strip();
        s = stripPrefix(s, "人民币", "rmb", "￥", "¥", "$");
        BigDecimal factor = BigDecimal.ONE;
        String[][] suffixes = {
            {"万元/月", "10000"}, {"万元", "10000"}, {"万", "10000"}, {"元/月", "1"}, {"元每月", "1"}, {"元/人", "1"},
            {"/月", "1"}, {"每月", "1"}, {"元", "1"}, {"人", "1"}, {"名", "1"}, {"个", "1"}, {"岁", "1"}, {"%", "0.01"},
        };
        for (String[] suffix : suffixes) {
            if (s.endsWith(suffix[0]) && s.length() > suffix[0].length()) {
                s = s.substring(0, s.length() - suffix[0].length());
                factor = new BigDecimal(suffix[1]);
                break;
            }
        }
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                return Check.failed("数字“" + shown + "”中的逗号位置不对，请去掉逗号或写成1,500.00的形式。");
            }
            s = s.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            return Check.failed("无法识别数字“" + shown + "”，请只填写数字，如1500或1500.50。");
        }
        BigDecimal value = new BigDecimal(s).multiply(factor).stripTrailingZeros();
        return Check.ok(value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
    }

    /** A whole number from a cell or text (30, 30人, 1,200); a fraction is an error. */
    public static Check<Long> integer(Cell cell) {
        return wholeNumber(decimal(cell), cell.text());
    }

    public static Check<Long> integer(String raw) {
        return wholeNumber(decimal(raw), raw == null ? "" : raw.strip());
    }

    private static Check<Long> wholeNumber(Check<BigDecimal> d, String shown) {
        if (!d.isValid()) {
            return Check.failed(d.problems());
        }
        try {
            return Check.ok(d.value().longValueExact(), d.warnings());
        } catch (ArithmeticException e) {
            return Check.failed("“" + shown + "”应为整数。");
        }
    }

    // ---------------------------------------------------------------- text and codes

    /**
     * A cell as text for a text column: the text without surrounding white space; a number as plain
     * digits (never 5.32622E+17); a date as 2024-05-06; "" for a blank cell.
     */
    public static String text(Cell cell) {
        switch (cell.type()) {
            case TEXT:
                return cell.text().strip();
            case NUMBER:
                return cell.plainNumber();
            case BLANK:
                return "";
            default:
                return cell.text();
        }
    }

    /**
     * A code such as a telephone or certificate number, as digits and letters without spaces
     * (full-width forms made half-width, a leading apostrophe dropped, letters upper-cased). A number
     * cell gives its digits while it has at most 15; longer numbers lost digits in Excel and are an
     * error that says how to fix the sheet. {@code what} names the value in messages (联系电话).
     * ID numbers have their own rules: see {@code IdNumber.fromExcelNumber} and {@code IdNumber.check}.
     */
    public static Check<String> code(Cell cell, String what) {
        switch (cell.type()) {
            case TEXT: {
                String s = Text.compact(cell.text()).toUpperCase(Locale.ROOT);
                if (s.startsWith("'")) {
                    s = s.substring(1);
                }
                return s.isEmpty() ? Check.failed("未填写" + what + "。") : Check.ok(s);
            }
            case NUMBER: {
                double v = cell.number();
                if (!Double.isFinite(v) || v < 0 || v != Math.rint(v)) {
                    return Check.failed(what + "“" + cell.text() + "”不是有效的号码。");
                }
                if (v >= 1e15) {
                    return Check.failed(what + "在Excel中被保存成了数字（" + cell.plainNumber()
                            + "），超过15位的部分已经丢失，无法使用。请在Excel中把该列设置为“文本”格式，然后重新输入完整的" + what + "。");
                }
                return Check.ok(cell.plainNumber());
            }
            case BLANK:
                return Check.failed("未填写" + what + "。");
            default:
                return Check.failed(what + "“" + cell.text() + "”不是有效的号码。");
        }
    }

    private static String stripPrefix(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() > p.length()) {
                return s.substring(p.length());
            }
        }
        return s;
    }
}
