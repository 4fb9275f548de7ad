package cn.yanshan.ledger.workbook;

import cn.yanshan.ledger.common.LedgerException;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese sentences a clerk sees when a file can't be read; each says what to do. The cause,
 * where there is one, is logged here (the one place it is handled) and kept in the exception.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final String SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。";

    private Failures() {
    }

    static LedgerException notFound(Path file) {
        return new LedgerException("找不到文件“" + name(file) + "”，请确认文件还在原来的位置。");
    }

    static LedgerException notAFile(Path file) {
        return new LedgerException("“" + name(file) + "”不是一个文件，请选择要导入的表格文件。");
    }

    static LedgerException cannotOpen(Path file, Throwable cause) {
        LOG.warn("Cannot open {}", file, cause);
        return new LedgerException("无法打开文件“" + name(file) + "”（可能正被其他程序占用或没有读取权限），请关闭正在使用它的程序后重试。", cause);
    }

    static LedgerException empty(Path file) {
        return new LedgerException("文件“" + name(file) + "”是空的，请确认选对了文件。");
    }

    static LedgerException tooLarge(Path file, long size, long max) {
        return new LedgerException("文件“" + name(file) + "”有 " + mb(size) + " MB，超过了可以导入的 " + mb(max)
                + " MB，请把数据分成几个较小的文件再导入。");
    }

    static LedgerException xlsTooLarge(Path file, long size, long max) {
        return new LedgerException(".xls 文件“" + name(file) + "”有 " + mb(size) + " MB，超过了 " + mb(max)
                + " MB，无法一次读入，" + SAVE_AS_XLSX);
    }

    static LedgerException xlsb() {
        return new LedgerException("不支持 .xlsb 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入。");
    }

    static LedgerException ods() {
        return new LedgerException("不支持 OpenDocument 表格（.ods）格式，请在 WPS 或 LibreOffice 中另存为 .xlsx 后再导入。");
    }

    static LedgerException encrypted(Path file, Throwable cause) {
        if (cause != null) {
            LOG.info("Encrypted workbook {}: {}", file, cause.toString());
        }
        return new LedgerException("文件“" + name(file) + "”设有密码，无法读取：请在 Excel 或 WPS 中用密码打开，去掉密码后另存，再导入。", cause);
    }

    static LedgerException oldExcel(Path file, Throwable cause) {
        if (cause != null) {
            LOG.info("Old Excel format {}: {}", file, cause.toString());
        }
        return new LedgerException("文件“" + name(file) + "”是 Excel 95 或更早版本的格式，无法读取，" + SAVE_AS_XLSX, cause);
    }

    static LedgerException spreadsheetMl2003(Path file) {
        return new LedgerException("文件“" + name(file) + "”是 Excel 2003 XML 表格，无法直接读取，" + SAVE_AS_XLSX);
    }

    static LedgerException html(Path file) {
        return new LedgerException("文件“" + name(file) + "”实际上是网页（HTML），不是真正的 Excel 表格，" + SAVE_AS_XLSX);
    }

    static LedgerException notASpreadsheet(Path file, String whatItIs) {
        String what = whatItIs == null ? "不是电子表格" : "是" + whatItIs + "，不是电子表格";
        return new LedgerException("文件“" + name(file) + "”" + what + "，请选择 Excel（.xlsx、.xls）或 CSV 文件。");
    }

    static LedgerException damaged(Path file, Throwable cause) {
        LOG.warn("Damaged or unreadable workbook {}", file, cause);
        return new LedgerException("文件“" + name(file) + "”已损坏或不完整，无法读取，请让报送单位重新发送，或" + SAVE_AS_XLSX.substring(1), cause);
    }

    static LedgerException damagedAt(Path file, String sheet, int row, Throwable cause) {
        LOG.warn("Damaged workbook {} in sheet '{}' near row {}", file, sheet, row, cause);
        return new LedgerException("文件“" + name(file) + "”已损坏或不完整（工作表“" + clean(sheet) + "”第 " + row
                + " 行附近），无法读取，请让报送单位重新发送，或" + SAVE_AS_XLSX.substring(1), cause);
    }

    static LedgerException zipBomb(Path file, String part) {
        LOG.warn("Refused {}: part {} inflates beyond the limits", file, part);
        return new LedgerException("文件“" + name(file) + "”解压后异常巨大，可能是被恶意构造的文件，已停止读取；请确认文件来源，"
                + "或在 Excel 或 WPS 中打开后另存为 .xlsx 再导入。");
    }

    static LedgerException outOfMemory(Path file, Throwable cause) {
        LOG.error("Out of memory reading {}", file, cause);
        return new LedgerException("文件“" + name(file) + "”太大，内存不够读取它，请把数据分成几个较小的文件再导入。", cause);
    }

    static LedgerException tooManyRows(String sheet, int max) {
        return new LedgerException("工作表“" + clean(sheet) + "”超过 " + max + " 行，超出了一次可以导入的行数，请把数据分成几个文件再导入。");
    }

    static LedgerException tooManyColumns(String sheet, int row, int column, int max) {
        return new LedgerException("工作表“" + clean(sheet) + "”第 " + row + " 行的 " + Columns.letters(column)
                + " 列还有内容，超过了可以读取的 " + max + " 列，请删除多余的列后再导入。");
    }

    static LedgerException cellTooLong(String sheet, int row, int max) {
        String where = row > 0 ? "第 " + row + " 行" : "";
        return new LedgerException("工作表“" + clean(sheet) + "”" + where + "有单元格的文字超过 " + max
                + " 个字符，不像正常的登记表，请检查文件。");
    }

    static LedgerException textTooLong(Path file, int max) {
        return new LedgerException("文件“" + name(file) + "”中有单元格的文字超过 " + max + " 个字符，不像正常的登记表，请检查文件。");
    }

    static LedgerException csvQuotes(Path file, long record, Throwable cause) {
        LOG.warn("Unbalanced quotes in {} near record {}", file, record, cause);
        return new LedgerException("文件“" + name(file) + "”第 " + record + " 行附近的引号（\"）不成对，无法读取，" + SAVE_AS_XLSX);
    }

    static LedgerException csvEncoding(Path file, Throwable cause) {
        LOG.warn("Undecodable text in {}", file, cause);
        return new LedgerException("文件“" + name(file) + "”中有无法识别的文字编码，请在 Excel 或 WPS 中打开后另存为 .xlsx 或 UTF-8 编码的 CSV 再导入。", cause);
    }

    static LedgerException noSheets(Path file) {
        return new LedgerException("文件“" + name(file) + "”里没有工作表，请确认选对了文件。");
    }

    static LedgerException noSuchSheet(int index, int count) {
        return new LedgerException("没有第 " + (index + 1) + " 个工作表（文件里共有 " + count + " 个工作表）。");
    }

    /** The file's name without folders and without characters that would break a one-line message. */
    static String name(Path file) {
        Path n = file.getFileName();
        return clean(n == null ? file.toString() : n.toString());
    }

    /** Control characters to spaces, at most 80 characters. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 80));
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        if (s.length() > 80) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static String mb(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? String.valueOf(Math.round(mb)) : String.format(Locale.ROOT, "%.1f", mb);
    }
}
