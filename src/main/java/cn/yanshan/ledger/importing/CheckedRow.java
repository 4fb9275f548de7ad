package cn.yanshan.ledger.importing;

import java.util.List;

/** A row checked by a {@link RowHandler}: how the preview shows it, and what committing it writes. */
public record CheckedRow(RowResult result, List<Change> changes) {

    public CheckedRow {
        changes = List.copyOf(changes);
    }
}
