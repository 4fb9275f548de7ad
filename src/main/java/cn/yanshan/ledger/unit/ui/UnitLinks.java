package cn.yanshan.ledger.unit.ui;

import cn.yanshan.ledger.ui.Navigator;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.UnitRef;
import cn.yanshan.ledger.unit.UnitService;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.yanshan.ledger.ui.I18n.t;

/** Units as links that open the unit; all eleven townships together are shown as the plan writes them. */
public final class UnitLinks {

    private final Navigator navigator;
    private final UnitService units;

    public UnitLinks(Navigator navigator, UnitService units) {
        this.navigator = navigator;
        this.units = units;
    }

    public void fill(FlowPane pane, List<UnitRef> refs) {
        pane.getChildren().clear();
        Set<Long> townshipIds = units.townships().stream().map(Unit::id).collect(Collectors.toSet());
        Set<Long> ids = refs.stream().map(UnitRef::id).collect(Collectors.toSet());
        boolean allTownships = !townshipIds.isEmpty() && ids.containsAll(townshipIds);
        for (UnitRef ref : refs) {
            if (allTownships && townshipIds.contains(ref.id())) {
                continue;
            }
            Hyperlink link = new Hyperlink(ref.name());
            link.getStyleClass().add("unit-link");
            link.setOnAction(e -> navigator.showUnit(ref.id()));
            pane.getChildren().add(link);
        }
        if (allTownships) {
            Label group = new Label(t("unit.allTownships", townshipIds.size()));
            group.getStyleClass().add("unit-group");
            group.setTooltip(new Tooltip(refs.stream().filter(r -> townshipIds.contains(r.id()))
                    .map(UnitRef::name).collect(Collectors.joining("、"))));
            pane.getChildren().add(group);
        }
        if (refs.isEmpty()) {
            pane.getChildren().add(new Label(t("unit.none")));
        }
    }
}
