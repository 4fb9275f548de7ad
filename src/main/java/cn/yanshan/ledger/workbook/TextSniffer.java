package cn.yanshan.ledger.workbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Guesses how a text file is encoded and delimited, from its first bytes. */
final class TextSniffer {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};

    /** An encoding and how many bytes of byte-order mark to skip. */
    record Encoding(Charset charset, int bomLength) {
    }

    private TextSniffer() {
    }

    /** Byte-order mark first; then strict UTF-8; otherwise GB18030 (which contains GBK and GB2312). */
    static Encoding encoding(byte[] sample, boolean truncated) {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        int length = sample.length;
        if (truncated) {
            // do not judge a character cut in two at the end of the sample
            while (length > 0 && (sample[length - 1] & 0x80) != 0 && sample.length - length < 4) {
                length--;
            }
        }
        return new Encoding(decodes(sample, 0, length, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    static boolean decodes(byte[] bytes, int offset, int length, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Whether the bytes look like text rather than binary: no NUL bytes (unless UTF-16 with a BOM)
     * and almost no other control characters.
     */
    static boolean looksLikeText(byte[] sample) {
        if (sample.length == 0) {
            return false;
        }
        if (startsWith(sample, 0xFF, 0xFE) || startsWith(sample, 0xFE, 0xFF)) {
            return true;
        }
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C && c != 0x1A) {
                control++;
            }
        }
        return control * 100 <= sample.length;
    }

    /**
     * The delimiter that splits the first records into the most consistent number of fields
     * (more than one); a comma when none does.
     */
    static char delimiter(String sample) {
        char best = ',';
        double bestScore = 0;
        for (char d : DELIMITERS) {
            List<Integer> counts = fieldCounts(sample, d, 50);
            if (counts.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> freq = new HashMap<>();
            for (int c : counts) {
                if (c > 1) {
                    freq.merge(c, 1, Integer::sum);
                }
            }
            int mode = 0;
            int modeFreq = 0;
            for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
                if (e.getValue() > modeFreq || (e.getValue() == modeFreq && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeFreq = e.getValue();
                }
            }
            if (mode < 2) {
                continue;
            }
            int multi = 0;
            for (int c : counts) {
                if (c > 1) {
                    multi++;
                }
            }
            // records that split at all, and how consistently they split
            double score = multi + (double) modeFreq / counts.size() + mode / 1000.0;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** Fields per non-empty record for the first {@code maxRecords} records, quotes respected. */
    static List<Integer> fieldCounts(String text, char delimiter, int maxRecords) {
        List<Integer> counts = new ArrayList<>();
        boolean quoted = false;
        int fields = 1;
        boolean empty = true;
        for (int i = 0; i < text.length() && counts.size() < maxRecords; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                empty = false;
            } else if (!quoted && c == delimiter) {
                fields++;
                empty = false;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!empty) {
                    counts.add(fields);
                }
                fields = 1;
                empty = true;
            } else if (c != ' ') {
                empty = false;
            }
        }
        if (!empty && counts.size() < maxRecords) {
            counts.add(fields);
        }
        return counts;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
