package cn.yanshan.ledger.workbook;

/** The formats the engine reads, as detected from the file's content (not its name). */
public enum WorkbookFormat {
    /** Office Open XML workbook (.xlsx, .xlsm), read as a stream. */
    XLSX("Excel 工作簿（.xlsx）"),
    /** Excel 97–2003 workbook (.xls, BIFF8), read into memory. */
    XLS("Excel 97-2003 工作簿（.xls）"),
    /** Delimited text (.csv, .txt): comma, tab or semicolon; UTF-8, UTF-16 or GB18030. */
    CSV("文本文件（.csv）");

    private final String label;

    WorkbookFormat(String label) {
        this.label = label;
    }

    /** How the format is named to the clerk. */
    public String label() {
        return label;
    }
}
