package cn.yanshan.ledger.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook in the style of a government form: a title in 黑体, bold headers, body text in
 * 宋体 with thin borders. 宋体 and 黑体 are on every Chinese Windows and in WPS; the fonts carry the GB2312
 * character set, so a PC without them substitutes a Chinese font rather than a Latin one.
 */
final class FormStyles {

    static final String BODY_FONT = "宋体";
    static final String TITLE_FONT = "黑体";
    static final short BODY_POINTS = 11;
    /** The height of one line of body text, in points: Chinese fonts need more than Latin ones. */
    static final float LINE_POINTS = 16f;
    /** GB2312, the Windows character set of simplified Chinese fonts. */
    private static final int GB2312 = 134;

    final CellStyle title;
    final CellStyle byline;
    final CellStyle bylineRight;
    final CellStyle note;
    final CellStyle header;
    final CellStyle section;
    final CellStyle text;
    final CellStyle textCentered;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle money;
    final CellStyle date;
    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle totalPercent;

    FormStyles(Workbook wb) {
        Font titleFont = font(wb, TITLE_FONT, (short) 18, false);
        Font bodyFont = font(wb, BODY_FONT, BODY_POINTS, false);
        Font boldFont = font(wb, BODY_FONT, BODY_POINTS, true);
        Font sectionFont = font(wb, TITLE_FONT, BODY_POINTS, false);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);

        byline = plain(wb, bodyFont, HorizontalAlignment.LEFT);
        bylineRight = plain(wb, bodyFont, HorizontalAlignment.RIGHT);
        note = plain(wb, bodyFont, HorizontalAlignment.LEFT);
        note.setWrapText(true);

        header = bordered(wb, boldFont, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        section = bordered(wb, sectionFont, HorizontalAlignment.LEFT);
        text = bordered(wb, bodyFont, HorizontalAlignment.LEFT);
        text.setWrapText(true);
        textCentered = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        textCentered.setWrapText(true);
        integer = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        percent = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        money = bordered(wb, bodyFont, HorizontalAlignment.RIGHT);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        date = bordered(wb, bodyFont, HorizontalAlignment.CENTER);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        totalLabel = bordered(wb, boldFont, HorizontalAlignment.CENTER);
        totalInteger = bordered(wb, boldFont, HorizontalAlignment.CENTER);
        totalInteger.setDataFormat(wb.createDataFormat().getFormat("0"));
        totalPercent = bordered(wb, boldFont, HorizontalAlignment.CENTER);
        totalPercent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    }

    private static Font font(Workbook wb, String name, short points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        f.setCharSet(GB2312);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle bordered(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = plain(wb, font, align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
