package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.unit.UnitRef;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import static cn.yanshan.ledger.ui.I18n.t;

/** What the cooperating units (配合单位) contributed to the lead unit's report: a unit and its text each. */
final class ContributionsBox extends RowsBox<ContributionRow> {

    private final ObservableList<UnitRef> contributors;

    ContributionsBox(ReportEditorModel model) {
        super("contribution", t("reports.contributions"), t("reports.contribution.add"), 8, model.contributions(),
                model::addContribution);
        this.contributors = model.contributors();
    }

    @Override
    Node line(ContributionRow r, int i, Button remove) {
        ComboBox<UnitRef> unit = new ComboBox<>(contributors);
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
        HBox.setHgrow(content, Priority.ALWAYS);
        return new HBox(6, new VBox(4, unit, remove), content);
    }
}
