package cn.yanshan.ledger.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every dialog the program shows goes through here, so tests can answer them. */
public interface DialogService {

    /** Shows what went wrong; a {@code LedgerException}'s message is shown as it is, anything else is logged. */
    void showError(Throwable error);

    void showError(String message);

    void showInfo(String message);

    boolean confirm(String question);

    /** Asks for a spreadsheet to open (.xlsx, .xls, .csv); empty when cancelled. */
    Optional<Path> chooseSpreadsheet(String title);

    /** Asks for a line or a paragraph of text; empty when cancelled. */
    Optional<String> editText(String title, String label, String initial, boolean multiLine);

    /** Asks for a folder (a USB stick for backups); empty when cancelled. */
    Optional<Path> chooseFolder(String title);

    /** Asks where to save a file; empty when cancelled. The path ends in the request's extension. */
    Optional<Path> chooseFileToSave(FileToSave request);
}
