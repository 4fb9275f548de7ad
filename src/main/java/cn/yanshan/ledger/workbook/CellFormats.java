package cn.yanshan.ledger.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Number formats, date serials and Excel's 15-digit display, shared by the .xlsx and .xls readers. */
final class CellFormats {

    /** Excel keeps and shows 15 significant digits. */
    static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** 9999-12-31, the last day Excel can show. */
    private static final double MAX_SERIAL = 2_958_465.999;

    private static final ThreadLocal<DataFormatter> FORMATTER =
            ThreadLocal.withInitial(() -> new DataFormatter(Locale.ROOT));

    private CellFormats() {
    }

    /**
     * Whether a number format shows a date or time. Besides POI's rules this knows the built-in
     * formats that Chinese Excel and WPS use without spelling them out (ids 27–36 and 50–58, e.g.
     * 31 = {@code yyyy"年"m"月"d"日"}).
     */
    static boolean isDateFormat(int formatIndex, String formatString) {
        boolean unspelled = formatString == null || formatString.isEmpty() || formatString.startsWith("reserved");
        if (unspelled && isCjkBuiltinDate(formatIndex)) {
            return true;
        }
        try {
            return DateUtil.isADateFormat(formatIndex, unspelled ? null : formatString);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean isCjkBuiltinDate(int formatIndex) {
        return (formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58);
    }

    static boolean isValidSerial(double serial) {
        return Double.isFinite(serial) && serial >= 0 && serial <= MAX_SERIAL;
    }

    /** The date and time of a serial, or null when it is outside Excel's dates. */
    static LocalDateTime fromSerial(double serial, boolean date1904) {
        if (!isValidSerial(serial)) {
            return null;
        }
        try {
            return DateUtil.getLocalDateTime(serial, date1904, true);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static double toSerial(LocalDateTime dateTime, boolean date1904) {
        return DateUtil.getExcelDate(dateTime, date1904);
    }

    /** The number rendered through its format, as Excel shows it; "General" when the format is unknown. */
    static String format(double value, NumberStyle style) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        int index = 0;
        String format = "General";
        if (style != null) {
            index = style.formatIndex();
            String f = style.formatString();
            if (f == null || f.isEmpty() || f.startsWith("reserved")) {
                f = index >= 0 && index < 164 ? BuiltinFormats.getBuiltinFormat(index) : null;
            }
            if (f != null && !f.startsWith("reserved")) {
                format = f;
            } else {
                index = 0;
            }
        }
        try {
            String shown = FORMATTER.get().formatRawCellContents(value, index, format, style != null && style.date1904());
            return shown == null ? plain(value) : shown;
        } catch (RuntimeException e) {
            return plain(value);
        }
    }

    /** Plain digits, rounded to Excel's 15 significant digits: 532622199001011000, 1500, 0.3. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }
}
