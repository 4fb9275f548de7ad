package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.workbook.ColumnSpec;
import java.util.List;

/**
 * A kind of file units send (persons, placements …): the columns it has, found by their headers and synonyms, and a
 * handler that checks its rows. A new kind is one more implementation; the reading, preview, commit, undo and error
 * workbook are shared.
 */
public interface ImportKind {

    /** Stable name, for the command line and the database: persons, placements. */
    String key();

    /** Name shown to the clerk: 残疾人, 就业登记. */
    String label();

    /** The columns, with their header names; the template writes them in this order. */
    List<ColumnSpec> columns();

    /** A handler for one file's rows. */
    RowHandler handler(ImportContext context);

    /** What the template's explanation sheet says about a column. */
    String explain(String columnKey);

    /** The template's example row: column key → value as a unit would write it. */
    java.util.Map<String, String> example();

    /** The drop-down list of a column in the template (乡镇, 就业形式 …), empty for a free column. */
    List<String> choices(String columnKey, ImportContext context);
}
