package cn.yanshan.ledger.importing;

/**
 * What the rows of a file came to.
 *
 * @param rowsRead   data rows under the header (blank, total and example rows not counted)
 * @param created    rows that add a record
 * @param updated    rows that change a record already in the ledger
 * @param duplicates rows that repeat an earlier row of the file
 * @param unchanged  rows the ledger already has as they are
 * @param rejected   rows with errors
 */
public record ImportCounts(int rowsRead, int created, int updated, int duplicates, int unchanged, int rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    /** The counts with one more row of this status. */
    public ImportCounts plus(RowStatus status) {
        return new ImportCounts(rowsRead + 1,
                created + (status == RowStatus.NEW ? 1 : 0),
                updated + (status == RowStatus.UPDATE ? 1 : 0),
                duplicates + (status == RowStatus.DUPLICATE ? 1 : 0),
                unchanged + (status == RowStatus.UNCHANGED ? 1 : 0),
                rejected + (status == RowStatus.ERROR ? 1 : 0));
    }

    /** Rows committing writes something for. */
    public int writable() {
        return created + updated;
    }
}
