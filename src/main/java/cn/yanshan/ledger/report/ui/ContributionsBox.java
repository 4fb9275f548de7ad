package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.unit.UnitRef;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import static cn.yanshan.ledger.ui.I18n.t;

/** What the cooperating units (配合单位) contributed to the lead unit's report: a unit and its text each. */
final class ContributionsBox extends VBox {

    private final ReportEditorModel model;
    private final VBox lines = new VBox(8);

    ContributionsBox(ReportEditorModel model) {
        super(6);
        this.model = model;
        lines.setId("contribution-list");
        Button add = new Button(t("reports.contribution.add"));
        add.setId("contribution-add");
        add.setOnAction(e -> model.addContribution());
        Label caption = new Label(t("reports.contributions"));
        caption.getStyleClass().add("field-caption");
        getChildren().addAll(caption, lines, add);
        model.contributions().addListener((ListChangeListener<ContributionRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        lines.getChildren().clear();
        int i = 0;
        for (ContributionRow r : model.contributions()) {
            ComboBox<UnitRef> unit = new ComboBox<>(model.contributors());
            unit.setId("contribution-unit-" + i);
            unit.setPromptText(t("reports.contribution.unit"));
            unit.setConverter(new StringConverter<>() {
                @Override
                public String toString(UnitRef u) {
                    return u == null ? "" : u.name();
                }

                @Override
                public UnitRef fromString(String s) {
                    return null;
                }
            });
            unit.valueProperty().bindBidirectional(r.unitProperty());
            unit.setPrefWidth(200);
            TextArea content = new TextArea();
            content.setId("contribution-content-" + i);
            content.setWrapText(true);
            content.setPrefRowCount(2);
            content.setPrefColumnCount(20);
            content.setPromptText(t("reports.contribution.content"));
            content.textProperty().bindBidirectional(r.contentProperty());
            Button remove = new Button(t("reports.remove"));
            remove.setId("contribution-remove-" + i);
            remove.setOnAction(e -> model.contributions().remove(r));
            HBox.setHgrow(content, Priority.ALWAYS);
            lines.getChildren().add(new HBox(6, new VBox(4, unit, remove), content));
            i++;
        }
    }
}
