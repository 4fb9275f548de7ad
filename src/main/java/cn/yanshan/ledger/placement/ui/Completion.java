package cn.yanshan.ledger.placement.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

import java.util.List;
import java.util.function.Function;

/** Suggestions under a text field as the clerk types (ControlsFX), e.g. townships by name or pinyin initials. */
final class Completion {

    private static final String KEY = "ledger.completion";

    private Completion() {
    }

    static void bind(TextField field, Function<String, List<String>> suggestions) {
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                request -> request.getUserText().isBlank() ? List.of() : suggestions.apply(request.getUserText()));
        binding.setVisibleRowCount(8);
        // suggestions arrive a moment after typing: never leave them open under a field the clerk has left
        binding.getAutoCompletionPopup().setOnShown(e -> {
            if (!field.isFocused()) {
                Platform.runLater(binding.getAutoCompletionPopup()::hide);
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                binding.getAutoCompletionPopup().hide();
            }
        });
        field.getProperties().put(KEY, binding);
    }

    /** True while the suggestions of this field are open: Enter then picks a suggestion. */
    static boolean isShowing(Node field) {
        return field.getProperties().get(KEY) instanceof AutoCompletionBinding<?> b && b.getAutoCompletionPopup().isShowing();
    }
}
