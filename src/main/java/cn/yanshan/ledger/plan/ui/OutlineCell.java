package cn.yanshan.ledger.plan.ui;

import cn.yanshan.ledger.plan.Section;
import cn.yanshan.ledger.plan.Task;
import javafx.scene.control.TreeCell;

/** A row of the plan tree: a section heading or a numbered task. */
final class OutlineCell extends TreeCell<Object> {

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("section-cell");
        if (empty || item == null) {
            setText(null);
        } else if (item instanceof Section section) {
            setText(section.heading());
            getStyleClass().add("section-cell");
        } else if (item instanceof Task task) {
            setText(task.number() + ". " + task.title());
        } else {
            setText(item.toString());
        }
    }
}
