package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.Preview;
import java.util.Optional;

/**
 * A file as first opened for import: every sheet with its detected header, the kind it looks like, the unit that
 * sent it, and the setup to go on with (the likeliest sheet; empty when no sheet has a header the kind knows).
 *
 * @param alreadyImported the batch that imported this very file before (same content) and was not undone
 */
public record FileInspection(Preview preview, ImportKind kind, Optional<ImportSetup> setup,
                             Optional<ImportBatch> alreadyImported) {

    /** The setup, or a LedgerException saying that no sheet has a header with the kind's columns. */
    public ImportSetup requireSetup() {
        preview.requireSuggested(kind.columns());
        return setup.orElseThrow();
    }
}
