package cn.yanshan.ledger.ui;

import java.util.Optional;

/** Every dialog the program shows goes through here, so tests can answer them. */
public interface DialogService {

    /** Shows what went wrong; a {@code LedgerException}'s message is shown as it is, anything else is logged. */
    void showError(Throwable error);

    void showError(String message);

    void showInfo(String message);

    boolean confirm(String question);

    /** Asks for a spreadsheet to open (.xlsx, .xls, .csv); empty when cancelled. */
    Optional<java.nio.file.Path> chooseSpreadsheet(String title);

    /** Asks where to save a workbook, suggesting a file name; empty when cancelled. */
    Optional<java.nio.file.Path> chooseSaveLocation(String title, String suggestedName);

    /** Asks for a line or a paragraph of text; empty when cancelled. */
    Optional<String> editText(String title, String label, String initial, boolean multiLine);
}
