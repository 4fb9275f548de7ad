package cn.yanshan.ledger.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One sheet as the import wizard first shows it.
 *
 * @param sheet      name, hidden flag, row count
 * @param header     the detected header, empty when no row maps enough columns
 * @param topRows    the first rows of the sheet as they are (title, header, first data), for display
 *                   and for choosing the header row by hand ({@link HeaderDetector#atRows})
 * @param sampleRows the first data rows under the header (empty without a header)
 * @param problem    why the sheet could not be read (one Chinese sentence), or empty; the other
 *                   sheets of the file may still be fine
 */
public record SheetPreview(SheetInfo sheet, Optional<HeaderMatch> header, List<SheetRow> topRows,
                           List<DataRow> sampleRows, Optional<String> problem) {

    public SheetPreview {
        topRows = List.copyOf(topRows);
        sampleRows = List.copyOf(sampleRows);
    }

    /** The header's score, 0 without a header. */
    public int score() {
        return header.map(HeaderMatch::score).orElse(0);
    }
}
