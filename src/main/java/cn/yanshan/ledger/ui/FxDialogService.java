package cn.yanshan.ledger.ui;

import cn.yanshan.ledger.common.DiskFull;
import cn.yanshan.ledger.common.LedgerException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Dialogs as JavaFX alerts, owned by the main window, with Chinese buttons. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    public static final ButtonType OK = new ButtonType(I18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(I18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;
    private final Function<FileToSave, Optional<Path>> saveChooser;
    /** The folder the clerk saved into last, where the next save dialog opens. */
    private Path lastFolder;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
        this.saveChooser = this::systemSaveDialog;
    }

    /** @param saveChooser answers {@link #chooseFileToSave} instead of the system's dialog: for screen tests */
    public FxDialogService(Supplier<Window> owner, Function<FileToSave, Optional<Path>> saveChooser) {
        this.owner = owner;
        this.saveChooser = saveChooser;
    }

    @Override
    public void showError(Throwable error) {
        if (error instanceof LedgerException) {
            showError(error.getMessage());
        } else if (DiskFull.isCause(error)) {
            LOG.error("Disk full", error);
            showError(DiskFull.exception(error).getMessage());
        } else {
            LOG.error("Unexpected failure", error);
            showError(I18n.t("error.unexpected"));
        }
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, I18n.t("dialog.error.title"), message, OK).showAndWait();
    }

    @Override
    public void showInfo(String message) {
        alert(Alert.AlertType.INFORMATION, I18n.t("dialog.info.title"), message, OK).showAndWait();
    }

    @Override
    public boolean confirm(String question) {
        return alert(Alert.AlertType.CONFIRMATION, I18n.t("dialog.confirm.title"), question, OK, CANCEL)
                .showAndWait().filter(b -> b == OK).isPresent();
    }

    @Override
    public Optional<String> editText(String title, String label, String initial, boolean multiLine) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        TextInputControl input = multiLine ? new TextArea(initial) : new TextField(initial);
        input.setId("dialog-text");
        if (input instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(8);
            area.setPrefColumnCount(48);
        }
        dialog.getDialogPane().setContent(new VBox(8, new Label(label), input));
        dialog.getDialogPane().getButtonTypes().addAll(OK, CANCEL);
        dialog.setResultConverter(b -> b == OK ? input.getText() : null);
        dialog.setOnShown(e -> input.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileToSave request) {
        String dot = "." + request.extension();
        return saveChooser.apply(request).map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(dot)
                ? p : p.resolveSibling(p.getFileName() + dot));
    }

    private Optional<Path> systemSaveDialog(FileToSave request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.typeLabel(), "*." + request.extension()));
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"), "Documents");
        if (!Files.isDirectory(folder)) {
            folder = Path.of(System.getProperty("user.home"));
        }
        chooser.setInitialDirectory(folder.toFile());
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.toPath().getParent();
        return Optional.of(chosen.toPath());
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }

    @Override
    public Optional<Path> chooseSpreadsheet(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.t("dialog.spreadsheets"), "*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(I18n.t("dialog.allFiles"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }
}
