package cn.yanshan.ledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One fast pass over the bytes of an inflated package part, without an XML parser. It bounds what
 * the real parser will later meet (the part's inflated size and ratio, and the longest run of text
 * or tag, so that no single string can exhaust memory), and for a worksheet it counts the
 * {@code <row>} elements and collects the merged regions near the top, which the streaming reader
 * does not report (they come after the rows in the file).
 */
final class PartScanner {

    /** What a worksheet pass found. */
    record SheetScan(long rows, List<CellRange> topMerges) {
    }

    /** A part breaks a limit: {@code bomb} for size or ratio, otherwise an over-long run of text. */
    static final class LimitExceeded extends IOException {
        final boolean bomb;

        LimitExceeded(String message, boolean bomb) {
            super(message);
            this.bomb = bomb;
        }
    }

    private static final int MAX_MERGES_KEPT = 10_000;
    private static final int MAX_TAG_CAPTURE = 512;

    private final long maxInflated;
    private final long compressedSize;
    private final double maxRatio;
    private final long ratioGrace;
    private final long maxRun;
    private final int mergeRowLimit;

    private PartScanner(long maxInflated, long compressedSize, double maxRatio, long ratioGrace, long maxRun,
                        int mergeRowLimit) {
        this.maxInflated = maxInflated;
        this.compressedSize = compressedSize;
        this.maxRatio = maxRatio;
        this.ratioGrace = ratioGrace;
        this.maxRun = maxRun;
        this.mergeRowLimit = mergeRowLimit;
    }

    static PartScanner forPart(Limits limits, long maxInflated, long compressedSize) {
        return new PartScanner(maxInflated, compressedSize, limits.maxInflateRatio(), limits.inflateRatioGrace(),
                limits.maxCellChars() * 6L + 4096, limits.headerScanRows() + 10);
    }

    /** Reads the part to its end; for a worksheet also counts rows and keeps the top merges. */
    SheetScan scan(InputStream in, ReadListener listener) throws IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        long run = 0;
        long rows = 0;
        List<CellRange> merges = new ArrayList<>();
        // 0 text, 1 tag name, 2 inside a tag we skip, 3 inside a tag whose attributes we keep
        int state = 0;
        byte[] name = new byte[16];
        int nameLen = 0;
        boolean nameOverflow = false;
        StringBuilder attrs = new StringBuilder();
        int kind = 0; // 1 mergeCell
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxInflated) {
                throw new LimitExceeded("inflated size above " + maxInflated, true);
            }
            if (total > ratioGrace && compressedSize > 0 && (double) total / compressedSize > maxRatio) {
                throw new LimitExceeded("inflate ratio above " + maxRatio, true);
            }
            if (listener.isCancelled()) {
                throw new ReadCancelledException();
            }
            int i = 0;
            while (i < n) {
                switch (state) {
                    case 0: {
                        // text: run to the next '<'
                        int j = i;
                        while (j < n && buf[j] != '<') {
                            j++;
                        }
                        run += j - i;
                        if (run > maxRun) {
                            throw new LimitExceeded("text run longer than " + maxRun, false);
                        }
                        if (j < n) {
                            state = 1;
                            nameLen = 0;
                            nameOverflow = false;
                            run = 0;
                            j++;
                        }
                        i = j;
                        break;
                    }
                    case 1: {
                        byte b = buf[i++];
                        if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>') {
                            kind = 0;
                            if (!nameOverflow) {
                                int from = 0;
                                for (int k = 0; k < nameLen; k++) {
                                    if (name[k] == ':') {
                                        from = k + 1;
                                    }
                                }
                                int len = nameLen - from;
                                if (len == 3 && name[from] == 'r' && name[from + 1] == 'o' && name[from + 2] == 'w') {
                                    rows++;
                                } else if (len == 9 && equalsAscii(name, from, "mergeCell") && merges.size() < MAX_MERGES_KEPT) {
                                    kind = 1;
                                }
                            }
                            if (b == '>') {
                                state = 0;
                            } else if (kind == 1) {
                                state = 3;
                                attrs.setLength(0);
                            } else {
                                state = 2;
                            }
                        } else if (nameLen < name.length) {
                            name[nameLen++] = b;
                        } else {
                            nameOverflow = true;
                        }
                        if (++run > maxRun) {
                            throw new LimitExceeded("tag longer than " + maxRun, false);
                        }
                        break;
                    }
                    case 2: {
                        // inside a tag we skip: run to the next '>'
                        int j = i;
                        while (j < n && buf[j] != '>') {
                            j++;
                        }
                        run += j - i;
                        if (run > maxRun) {
                            throw new LimitExceeded("tag longer than " + maxRun, false);
                        }
                        if (j < n) {
                            state = 0;
                            run = 0;
                            j++;
                        }
                        i = j;
                        break;
                    }
                    default: {
                        byte b = buf[i++];
                        if (b == '>') {
                            state = 0;
                            run = 0;
                            CellRange r = mergeRef(attrs);
                            if (r != null && r.firstRow() <= mergeRowLimit) {
                                merges.add(r);
                            }
                        } else {
                            if (attrs.length() < MAX_TAG_CAPTURE) {
                                attrs.append((char) (b & 0xff));
                            }
                            if (++run > maxRun) {
                                throw new LimitExceeded("tag longer than " + maxRun, false);
                            }
                        }
                        break;
                    }
                }
            }
        }
        return new SheetScan(rows, merges);
    }

    private static boolean equalsAscii(byte[] bytes, int start, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (bytes[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The {@code ref} attribute of a mergeCell tag, e.g. {@code  ref="A1:H1"/}. */
    private static CellRange mergeRef(CharSequence attrs) {
        String s = new String(attrs.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII);
        int i = s.indexOf("ref=");
        if (i < 0 || i + 5 > s.length()) {
            return null;
        }
        char quote = s.charAt(i + 4);
        if (quote != '"' && quote != '\'') {
            return null;
        }
        int end = s.indexOf(quote, i + 5);
        if (end < 0) {
            return null;
        }
        try {
            return CellRange.parse(s.substring(i + 5, end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
