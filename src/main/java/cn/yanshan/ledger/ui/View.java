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

    /**
     * Called once, off screen, before the view is first shown, while the clerk looks at another screen: a view whose
     * first showing is slow (a large table) reads its data here, so that styling and laying out its controls and
     * first rows happen ahead. Must not take the focus.
     */
    default void prepare() {
    }
}
