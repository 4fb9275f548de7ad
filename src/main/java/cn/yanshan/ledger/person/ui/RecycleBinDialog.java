package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.Person;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import static cn.yanshan.ledger.ui.I18n.t;

/** 回收站: the deleted persons, paged; 恢复 puts the selected one back into the ledger. */
final class RecycleBinDialog extends Dialog<Void> {

    static final ButtonType CLOSE = new ButtonType(t("person.recycle.close"), ButtonBar.ButtonData.CANCEL_CLOSE);

    RecycleBinDialog(RecycleBinModel model, Window owner) {
        PersonEditDialog.dress(this, owner);
        setTitle(t("person.recycle"));
        setResizable(true);
        TableView<Person> table = PersonTable.recycleBin();
        table.itemsProperty().bind(model.rowsProperty());
        table.setPrefSize(720, 420);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("recycle-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> t("person.recycle.count", String.valueOf(model.countProperty().get())), model.countProperty()));
        Button restore = new Button(t("person.recycle.restore"));
        restore.setId("recycle-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(t("person.recycle.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, count, gap, restore);
        bar.setAlignment(Pos.CENTER_LEFT);

        getDialogPane().setContent(new VBox(10, hint, bar, table));
        getDialogPane().getButtonTypes().add(CLOSE);
        getDialogPane().lookupButton(CLOSE).setId("recycle-close");
        setOnShown(e -> table.requestFocus());
        model.load();
    }
}
