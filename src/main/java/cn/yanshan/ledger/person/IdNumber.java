package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import cn.yanshan.ledger.common.Text;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 公民身份号码 (GB 11643-1999) in canonical form: 17 digits and a check character (0–9 or X).
 * Build one with {@link #check(String)} from raw text; the constructor accepts only the canonical form.
 */
public record IdNumber(String value) {

    public static final int LENGTH = 18;
    public static final int OLD_LENGTH = 15;
    /** Earliest birth year accepted; low enough for the standard's own example (born 1880). */
    public static final int EARLIEST_BIRTH_YEAR = 1850;

    private static final String WHAT = "身份证号";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Patterns of the checks every imported row goes through, compiled once. */
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern ALLOWED = Pattern.compile("[0-9X]");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^0-9X]");

    public IdNumber {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a canonical 18-character resident ID number (length " + value.length() + ")");
        }
    }

    /** Checks raw text against today's date. */
    public static Check<IdNumber> check(String raw) {
        return check(raw, LocalDate.now());
    }

    /**
     * Normalizes raw text (spaces removed, full-width to ASCII, x to X, a leading apostrophe
     * dropped), upgrades a 15-digit number and validates it; birth dates after {@code today} are errors.
     */
    public static Check<IdNumber> check(String raw, LocalDate today) {
        String s = normalize(raw);
        if (s.isEmpty()) {
            return Check.failed("身份证号为空。");
        }
        if (ExcelDamage.looksScientific(s)) {
            return Check.failed(ExcelDamage.scientific(WHAT, s));
        }
        Optional<String> shapeError = shapeError(s);
        if (shapeError.isPresent()) {
            return Check.failed(shapeError.get());
        }
        List<Problem> warnings = new ArrayList<>();
        String full = s;
        if (s.length() == OLD_LENGTH) {
            String body = s.substring(0, 6) + "19" + s.substring(6);
            full = body + checkCharacter(body);
            warnings.add(Problem.warning("15位旧身份证号“" + s + "”已升级为18位“" + full + "”。"));
        }
        Optional<String> dateError = birthDateError(full.substring(6, 14), today);
        if (dateError.isPresent()) {
            return Check.failed(dateError.get());
        }
        char expected = checkCharacter(full.substring(0, 17));
        boolean endsInZeros = full.endsWith("000");
        if (full.charAt(17) != expected) {
            if (endsInZeros) {
                return Check.failed(ExcelDamage.precisionLost(WHAT, full));
            }
            return Check.failed("身份证号“" + full + "”的校验位（最后一位）不对：按前17位算应为“" + expected
                    + "”，现为“" + full.charAt(17) + "”。请对照身份证核对号码。");
        }
        if (endsInZeros) {
            warnings.add(Problem.warning("身份证号“" + full + "”末三位是000，可能在Excel中被当成数字保存而丢失了数字，请对照身份证核对。"));
        }
        return Check.ok(new IdNumber(full), warnings);
    }

    /** Checks a numeric spreadsheet cell: more than 15 digits cannot have survived, so such a value is an error. */
    public static Check<IdNumber> fromExcelNumber(double cellValue) {
        return fromExcelNumber(cellValue, LocalDate.now());
    }

    public static Check<IdNumber> fromExcelNumber(double cellValue, LocalDate today) {
        if (Double.isNaN(cellValue) || Double.isInfinite(cellValue) || cellValue < 0 || cellValue != Math.rint(cellValue)) {
            return Check.failed("单元格里的数字“" + cellValue + "”不是身份证号。");
        }
        if (ExcelDamage.tooLongForExcel(cellValue)) {
            return Check.failed(ExcelDamage.numericCell(WHAT, cellValue));
        }
        return check(ExcelDamage.plain(cellValue), today);
    }

    /** 出生日期 from characters 7–14. */
    public LocalDate birthDate() {
        return parseBirthDate(value.substring(6, 14)).orElseThrow();
    }

    /** From the sequence number: odd is male, even is female. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 6-digit administrative area code where the number was issued, e.g. 532622 for Yanshan. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** Age in completed years on the given day. */
    public int ageAt(LocalDate at) {
        LocalDate birth = birthDate();
        if (at.isBefore(birth)) {
            throw new IllegalArgumentException("date " + at + " is before the birth date");
        }
        return Period.between(birth, at).getYears();
    }

    /** First 6 and last 4 characters, the birth date hidden: 532622********123X. */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(8) + value.substring(14);
    }

    /** The last {@code n} characters (1–18), e.g. for searching by the end of a number. */
    public String lastDigits(int n) {
        if (n < 1 || n > LENGTH) {
            throw new IllegalArgumentException("n must be between 1 and 18: " + n);
        }
        return value.substring(LENGTH - n);
    }

    /** The masked form, so that full numbers do not reach log files by accident; see {@link #value()}. */
    @Override
    public String toString() {
        return masked();
    }

    static String normalize(String raw) {
        String s = Text.compact(raw).toUpperCase(Locale.ROOT);
        return s.startsWith("'") ? s.substring(1) : s;
    }

    static boolean isWellFormed(String s) {
        return SHAPE.matcher(s).matches()
                && parseBirthDate(s.substring(6, 14)).isPresent()
                && checkCharacter(s.substring(0, 17)) == s.charAt(17);
    }

    private static Optional<String> shapeError(String s) {
        String bad = NOT_ALLOWED.matcher(s).find() ? ALLOWED.matcher(s).replaceAll("") : "";
        if (!bad.isEmpty()) {
            return Optional.of("身份证号“" + s + "”里有不该出现的字符“" + bad + "”：只能是数字，18位号码的最后一位可以是X。");
        }
        if (s.length() != LENGTH && s.length() != OLD_LENGTH) {
            return Optional.of("身份证号应为18位（旧号码为15位），“" + s + "”是" + s.length() + "位。");
        }
        int x = s.indexOf('X');
        if (x >= 0 && (s.length() != LENGTH || x != LENGTH - 1)) {
            return Optional.of("身份证号“" + s + "”中的X只能出现在18位号码的最后一位。");
        }
        return Optional.empty();
    }

    private static Optional<String> birthDateError(String digits, LocalDate today) {
        Optional<LocalDate> date = parseBirthDate(digits);
        if (date.isEmpty()) {
            return Optional.of("身份证号中的出生日期“" + digits + "”不存在（第7–14位是出生年月日），请核对号码。");
        }
        if (date.get().getYear() < EARLIEST_BIRTH_YEAR) {
            return Optional.of("身份证号中的出生日期“" + digits + "”早于" + EARLIEST_BIRTH_YEAR + "年，不可能，请核对号码。");
        }
        if (date.get().isAfter(today)) {
            return Optional.of("身份证号中的出生日期“" + digits + "”晚于今天，不可能，请核对号码。");
        }
        return Optional.empty();
    }

    /** yyyyMMdd as a date that exists, read by hand: a formatter's parse costs more than the rest of a row's check. */
    private static Optional<LocalDate> parseBirthDate(String digits) {
        if (digits.length() != 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int year = Integer.parseInt(digits, 0, 4, 10);
        int month = Integer.parseInt(digits, 4, 6, 10);
        int day = Integer.parseInt(digits, 6, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
