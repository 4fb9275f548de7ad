package cn.yanshan.ledger.ui;

import javafx.scene.Node;

/** A screen of the main window. Listeners are added in {@link #activate()} and removed in {@link #deactivate()}. */
public interface View {

    Node root();

    /** Called when the view comes on screen: load or refresh its data. */
    default void activate() {
    }

    default void deactivate() {
    }
}
