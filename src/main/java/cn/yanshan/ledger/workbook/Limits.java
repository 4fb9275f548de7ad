package cn.yanshan.ledger.workbook;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. Every limit is checked
 * while reading, so a file that breaks one stops with a {@link cn.yanshan.ledger.common.LedgerException}
 * instead of an {@link OutOfMemoryError}.
 *
 * @param maxFileBytes      largest file accepted at all (any format)
 * @param maxXlsFileBytes   largest .xls file; its workbook stream is held in memory while it is read
 * @param maxRowsPerSheet   most rows read from one sheet
 * @param maxColumns        most columns; blank cells further right are ignored, a value there is an error
 * @param maxCellChars      longest text in one cell (Excel's own limit is 32,767)
 * @param maxEntryBytes     largest part of an .xlsx package once inflated
 * @param maxInflateRatio   largest inflated/compressed size ratio of a package part (zip-bomb guard),
 *                          checked once a part has inflated past {@code inflateRatioGrace} bytes
 * @param inflateRatioGrace inflated size from which the ratio is enforced
 * @param maxSharedStringsBytes largest shared-strings part once inflated (its strings are held in memory)
 * @param headerScanRows    how many rows from the top of a sheet are searched for the header
 */
public record Limits(
        long maxFileBytes,
        long maxXlsFileBytes,
        int maxRowsPerSheet,
        int maxColumns,
        int maxCellChars,
        long maxEntryBytes,
        double maxInflateRatio,
        long inflateRatioGrace,
        long maxSharedStringsBytes,
        int headerScanRows) {

    private static final long MB = 1024L * 1024L;

    /** Generous for real unit files, safe at -Xmx256m. */
    public static final Limits DEFAULT = new Limits(
            200 * MB, 40 * MB, 1_000_000, 1024, 32_767, 2048 * MB, 200.0, MB, 96 * MB, 20);

    public Limits {
        if (maxFileBytes <= 0 || maxXlsFileBytes <= 0 || maxRowsPerSheet <= 0 || maxColumns <= 0 || maxCellChars <= 0
                || maxEntryBytes <= 0 || maxInflateRatio <= 1 || inflateRatioGrace < 0 || maxSharedStringsBytes <= 0
                || headerScanRows <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    public Limits withMaxFileBytes(long value) {
        return new Limits(value, maxXlsFileBytes, maxRowsPerSheet, maxColumns, maxCellChars, maxEntryBytes,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withMaxRowsPerSheet(int value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, value, maxColumns, maxCellChars, maxEntryBytes,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withMaxColumns(int value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, maxRowsPerSheet, value, maxCellChars, maxEntryBytes,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withMaxCellChars(int value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, maxRowsPerSheet, maxColumns, value, maxEntryBytes,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withMaxEntryBytes(long value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, maxRowsPerSheet, maxColumns, maxCellChars, value,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withMaxInflateRatio(double value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, maxRowsPerSheet, maxColumns, maxCellChars, maxEntryBytes,
                value, inflateRatioGrace, maxSharedStringsBytes, headerScanRows);
    }

    public Limits withHeaderScanRows(int value) {
        return new Limits(maxFileBytes, maxXlsFileBytes, maxRowsPerSheet, maxColumns, maxCellChars, maxEntryBytes,
                maxInflateRatio, inflateRatioGrace, maxSharedStringsBytes, value);
    }
}
