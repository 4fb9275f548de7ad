package cn.yanshan.ledger.importing;

import java.util.Optional;

/**
 * What a commit did.
 *
 * @param batch           the batch written, or the earlier batch when the file had been imported before
 * @param alreadyImported true when nothing was written because this file had been imported before
 * @param preview         the rows as they were checked while committing (for the error workbook)
 */
public record ImportResult(ImportBatch batch, boolean alreadyImported, Optional<ImportPreview> preview) {

    public ImportCounts counts() {
        return preview.map(ImportPreview::counts).orElse(batch.counts());
    }
}
