package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Check;
import cn.yanshan.ledger.common.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 第二代残疾人证号: the holder's 18-character ID number, the category digit (1–7) and the level
 * digit (1–4), sometimes followed by a suffix of up to two characters on a reissued certificate
 * (…42B1). The value keeps the suffix as written.
 */
public record CertificateNumber(String value) {

    public static final int LENGTH = 20;
    public static final int MAX_SUFFIX_LENGTH = 2;

    /** Patterns of the checks every imported row goes through, compiled once. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Z]");
    private static final Pattern SHAPE =
            Pattern.compile("\\d{17}[\\dX][1-7][1-4][0-9A-Z]{0," + MAX_SUFFIX_LENGTH + "}");
    private static final String WHAT = "残疾证号";

    public CertificateNumber {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a canonical disability certificate number (length " + value.length() + ")");
        }
    }

    /** Checks raw text against today's date; {@code personId} (may be {@code null}) must match the first 18 characters. */
    public static Check<CertificateNumber> check(String raw, IdNumber personId) {
        return check(raw, personId, LocalDate.now());
    }

    public static Check<CertificateNumber> check(String raw, IdNumber personId, LocalDate today) {
        String s = IdNumber.normalize(raw);
        if (s.isEmpty()) {
            return Check.failed("残疾证号为空。");
        }
        if (ExcelDamage.looksScientific(s)) {
            return Check.failed(ExcelDamage.scientific(WHAT, s));
        }
        if (s.length() == LENGTH && DIGITS.matcher(s).matches() && s.endsWith("00000")) {
            return Check.failed(ExcelDamage.precisionLost(WHAT, s));
        }
        String bad = ALLOWED.matcher(s).replaceAll("");
        if (!bad.isEmpty()) {
            return Check.failed("残疾证号“" + s + "”里有不该出现的字符“" + bad + "”。");
        }
        if (s.length() < LENGTH || s.length() > LENGTH + MAX_SUFFIX_LENGTH) {
            return Check.failed(lengthMessage(s));
        }
        List<Problem> problems = new ArrayList<>();
        Check<IdNumber> id = IdNumber.check(s.substring(0, IdNumber.LENGTH), today);
        id.problems().forEach(p -> problems.add(p.prefixed("残疾证号的前18位应是持证人的身份证号：")));
        char category = s.charAt(18);
        if (DisabilityCategory.fromCode(category - '0').isEmpty()) {
            problems.add(Problem.error("残疾证号第19位是残疾类别，应为1–7（1视力、2听力、3言语、4肢体、5智力、6精神、7多重），“"
                    + s + "”的第19位是“" + category + "”。"));
        }
        char level = s.charAt(19);
        if (DisabilityLevel.fromCode(level - '0').isEmpty()) {
            problems.add(Problem.error("残疾证号第20位是残疾等级，应为1–4（1为一级，最重），“" + s + "”的第20位是“" + level + "”。"));
        }
        if (id.isValid() && personId != null && !id.value().equals(personId)) {
            problems.add(Problem.error("残疾证号前18位“" + id.value().value() + "”与身份证号“" + personId.value()
                    + "”不一致，请核对是否录错了人或号码。"));
        }
        if (s.length() > LENGTH) {
            problems.add(Problem.warning("残疾证号“" + s + "”在20位之后还有“" + s.substring(LENGTH)
                    + "”，可能是补发或换领的证件；已照录，请与残疾证核对。"));
        }
        boolean hasErrors = problems.stream().anyMatch(Problem::isError);
        return hasErrors ? Check.failed(problems) : Check.ok(new CertificateNumber(s), problems);
    }

    /** A certificate number never survives as a numeric spreadsheet cell: always an error. */
    public static Check<CertificateNumber> fromExcelNumber(double cellValue) {
        if (ExcelDamage.tooLongForExcel(cellValue)) {
            return Check.failed(ExcelDamage.numericCell(WHAT, cellValue));
        }
        return Check.failed("单元格里的数字“" + ExcelDamage.plain(cellValue) + "”不是残疾证号。" + ExcelDamage.fix(WHAT));
    }

    /** The holder's ID number, the first 18 characters. */
    public IdNumber idNumber() {
        return new IdNumber(value.substring(0, IdNumber.LENGTH));
    }

    public DisabilityCategory category() {
        return DisabilityCategory.fromCode(value.charAt(18) - '0').orElseThrow();
    }

    public DisabilityLevel level() {
        return DisabilityLevel.fromCode(value.charAt(19) - '0').orElseThrow();
    }

    /** The first 20 characters, without a reissue suffix. */
    public String base() {
        return value.substring(0, LENGTH);
    }

    /** What follows the 20 characters on a reissued certificate, e.g. B1; empty if nothing. */
    public String suffix() {
        return value.substring(LENGTH);
    }

    /** The holder's ID number masked, then category, level and suffix: 532622********123X42. */
    @Override
    public String toString() {
        return idNumber().masked() + value.substring(IdNumber.LENGTH);
    }

    private static boolean isWellFormed(String s) {
        return SHAPE.matcher(s).matches()
                && IdNumber.isWellFormed(s.substring(0, IdNumber.LENGTH));
    }

    private static String lengthMessage(String s) {
        if (s.length() == IdNumber.LENGTH && IdNumber.isWellFormed(s)) {
            return "“" + s + "”只有18位，像是身份证号：残疾证号应为20位，即身份证号后面再加残疾类别和残疾等级各1位。";
        }
        return "残疾证号应为20位（18位身份证号、1位残疾类别、1位残疾等级；换领的证件后面可能多1–2位），“"
                + s + "”是" + s.length() + "位。";
    }
}
