package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.report.Attachment;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/** A report's attachments: add (file chooser or drag and drop), open with the system's program, remove. */
final class AttachmentsBox extends VBox {

    AttachmentsBox(ReportEditorModel model, Consumer<Path> opener) {
        super(6);
        ListView<Attachment> list = new ListView<>(model.attachments());
        list.setId("attachment-list");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(t("reports.attachments.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Attachment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : t("reports.attachment.item", a.originalName(), size(a.sizeBytes())));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.openAttachment(list.getSelectionModel().getSelectedItem(), opener);
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.cellProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList();
            model.addAttachments(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        Button add = new Button(t("reports.attachment.add"));
        add.setId("attachment-add");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(t("reports.attachment.add"));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                model.addAttachments(chosen.stream().map(File::toPath).toList());
            }
        });
        Button open = new Button(t("reports.attachment.open"));
        open.setId("attachment-open");
        open.setOnAction(e -> model.openAttachment(list.getSelectionModel().getSelectedItem(), opener));
        Button remove = new Button(t("reports.remove"));
        remove.setId("attachment-remove");
        remove.setOnAction(e -> model.removeAttachment(list.getSelectionModel().getSelectedItem()));
        Label caption = new Label(t("reports.attachments"));
        caption.getStyleClass().add("field-caption");
        getChildren().addAll(caption, list, new HBox(6, add, open, remove));
    }

    /** 12 KB, 3.4 MB */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
