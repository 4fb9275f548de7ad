package cn.yanshan.ledger.person;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Signs that a long number went through a spreadsheet as a number. Excel keeps 15 significant
 * digits: an 18-digit ID number loses its last three digits (they become 000) or is shown in
 * scientific notation (5.32622E+17). Such a value cannot be repaired, only typed again.
 */
final class ExcelDamage {

    /** Excel keeps this many significant digits of a number. */
    static final int EXCEL_DIGITS = 15;

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?E[+-]?\\d+");

    private ExcelDamage() {
    }

    /** {@code normalized} must already be upper-cased. */
    static boolean looksScientific(String normalized) {
        return SCIENTIFIC.matcher(normalized).matches();
    }

    /** Whether a numeric cell value needs more digits than Excel keeps. */
    static boolean tooLongForExcel(double cellValue) {
        return Math.abs(cellValue) >= 1e15;
    }

    static String scientific(String what, String shown) {
        return what + "“" + shown + "”是科学计数法，说明它在Excel中被当成数字保存，后面的数字已经丢失，无法使用。" + fix(what);
    }

    static String precisionLost(String what, String shown) {
        return what + "“" + shown + "”末尾是000且校验位不对，多半是在Excel中被当成数字保存，15位以后的数字已经丢失，无法使用。"
                + fix(what);
    }

    static String numericCell(String what, double cellValue) {
        return what + "在Excel中被保存成了数字（" + plain(cellValue) + "），超过15位的部分已经丢失，无法使用。" + fix(what);
    }

    static String fix(String what) {
        return "请在Excel中把该列设置为“文本”格式，然后重新输入完整的" + what + "。";
    }

    /** A numeric cell value as plain digits to the precision Excel keeps, e.g. 5.32622E17 as 532622000000000000. */
    static String plain(double cellValue) {
        return BigDecimal.valueOf(cellValue).round(new MathContext(EXCEL_DIGITS)).stripTrailingZeros().toPlainString();
    }
}
