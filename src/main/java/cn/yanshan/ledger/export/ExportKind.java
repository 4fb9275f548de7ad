package cn.yanshan.ledger.export;

/** What can be exported, with the words and file type each is saved under. */
public enum ExportKind {
    QUARTERLY("季度汇总表", "xlsx"),
    REPORT("季度工作报告", "docx"),
    PERSONS("残疾人名单", "xlsx"),
    PLACEMENTS("就业登记名单", "xlsx"),
    LEDGER("台账全库", "xlsx");

    private final String label;
    private final String extension;

    ExportKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /** xlsx or docx, without the dot. */
    public String extension() {
        return extension;
    }

    /** What a save dialog's filter says: Excel 工作簿 (*.xlsx). */
    public String fileTypeLabel() {
        return "xlsx".equals(extension) ? "Excel 工作簿 (*.xlsx)" : "Word 文档 (*.docx)";
    }
}
