package cn.yanshan.ledger.placement.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.function.Function;

/**
 * Suggestions under a text field as the clerk types (townships by name, short name or pinyin initials: jn → 江那镇);
 * Enter takes the first suggestion unless the text already is one. Shown in a line under the field, not a popup,
 * so that the keyboard always does the same thing.
 */
final class Completion {

    private static final String KEY = "ledger.completion";

    private Completion() {
    }

    /** Suggestions for {@code field}, shown in {@code hint}. */
    static void bind(TextField field, Function<String, List<String>> suggestions, Label hint) {
        hint.getStyleClass().add("muted");
        field.getProperties().put(KEY, suggestions);
        field.textProperty().addListener((obs, old, now) -> {
            List<String> found = now == null || now.isBlank() ? List.of() : suggestions.apply(now.strip());
            hint.setText(found.isEmpty() || found.contains(now.strip()) ? "" : "→ " + String.join("、", found));
        });
    }

    /** On Enter: completes the field's text to its first suggestion, when it has suggestions and is not one. */
    @SuppressWarnings("unchecked")
    static void complete(Node target) {
        if (target instanceof TextField field && field.getProperties().get(KEY) instanceof Function<?, ?> f) {
            String text = field.getText() == null ? "" : field.getText().strip();
            if (text.isEmpty()) {
                return;
            }
            List<String> found = ((Function<String, List<String>>) f).apply(text);
            if (!found.isEmpty() && !found.contains(text)) {
                field.setText(found.get(0));
            }
        }
    }
}
