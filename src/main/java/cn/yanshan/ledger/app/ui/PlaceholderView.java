package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.ui.Area;
import cn.yanshan.ledger.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import static cn.yanshan.ledger.ui.I18n.t;

/** An area that is not built yet says so plainly, and what it will hold. */
final class PlaceholderView implements View {

    private final VBox root;

    PlaceholderView(Area area) {
        Label title = new Label(area.title());
        title.getStyleClass().add("page-title");
        Label notYet = new Label(t("placeholder.notYet"));
        notYet.getStyleClass().add("notice");
        Label what = new Label(t("placeholder." + area.key()));
        what.setWrapText(true);
        what.setMaxWidth(640);
        root = new VBox(14, title, notYet, what);
        root.setAlignment(Pos.TOP_LEFT);
        root.setPadding(new Insets(32));
        root.setId("placeholder-" + area.key());
    }

    @Override
    public Node root() {
        return root;
    }
}
