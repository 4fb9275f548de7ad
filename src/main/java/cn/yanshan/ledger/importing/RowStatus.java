package cn.yanshan.ledger.importing;

/** What importing a row does, as the preview shows it. */
public enum RowStatus {
    /** Adds a record (a person, a placement). */
    NEW("新增"),
    /** Changes a record already in the ledger. */
    UPDATE("更新"),
    /** Repeats an earlier row of the same file: skipped. */
    DUPLICATE("文件内重复"),
    /** Already in the ledger as the row says: nothing to write. */
    UNCHANGED("台账中已有"),
    /** Has errors: skipped, and sent back to the unit in the error workbook. */
    ERROR("有错误");

    private final String label;

    RowStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether committing writes something for the row. */
    public boolean writes() {
        return this == NEW || this == UPDATE;
    }
}
