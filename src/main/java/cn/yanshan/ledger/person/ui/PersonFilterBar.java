package cn.yanshan.ledger.person.ui;

import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.unit.UnitRef;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import static cn.yanshan.ledger.ui.I18n.t;

/** The search box, the filters and the count above the persons table, bound to the view-model. */
final class PersonFilterBar {

    /** An entry of a filter: a value, or {@code null} for 全部. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TextField search = new TextField();
    private final VBox root;

    PersonFilterBar(PersonsViewModel model, Runnable openRecycleBin, Runnable exportShown) {
        search.setId("person-search");
        search.setPromptText(t("person.search.prompt"));
        search.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(220);

        Label count = new Label();
        count.setId("person-count");
        count.getStyleClass().add("count-text");
        count.setMinWidth(Label.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.countKnownProperty().get()
                        ? t("person.count", String.valueOf(model.countProperty().get())) : t("person.counting"),
                model.countProperty(), model.countKnownProperty()));
        Button recycle = new Button(t("person.recycle"));
        recycle.setId("person-recycle");
        recycle.setMinWidth(Button.USE_PREF_SIZE);
        recycle.setOnAction(e -> openRecycleBin.run());
        Label message = new Label();
        message.setId("person-message");
        message.getStyleClass().add("status-text");
        message.textProperty().bind(model.messageProperty());
        Button export = new Button(t("person.export"));
        export.setId("person-export");
        export.setMinWidth(Button.USE_PREF_SIZE);
        export.setTooltip(new javafx.scene.control.Tooltip(t("person.export.hint")));
        export.setOnAction(e -> exportShown.run());
        HBox first = new HBox(10, search, count, message, export, recycle);
        first.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Choice<UnitRef>> township = filter("person-township", t("person.filter.township"), List.of(),
                UnitRef::name, model.townshipProperty());
        model.townships().addListener((ListChangeListener<UnitRef>) c -> {
            township.getItems().setAll(choices(t("person.filter.township"), model.townships(), UnitRef::name));
            select(township, model.townshipProperty().get());
        });
        ComboBox<Choice<DisabilityCategory>> category = filter("person-category", t("person.filter.category"),
                Arrays.asList(DisabilityCategory.values()), DisabilityCategory::fullLabel, model.categoryProperty());
        ComboBox<Choice<DisabilityLevel>> level = filter("person-level", t("person.filter.level"),
                Arrays.asList(DisabilityLevel.values()), DisabilityLevel::label, model.levelProperty());
        ComboBox<Choice<EmploymentStatus>> status = filter("person-status", t("person.filter.status"),
                Arrays.asList(EmploymentStatus.values()), EmploymentStatus::label, model.statusProperty());
        HBox second = new HBox(8, township, category, level, status);
        second.setAlignment(Pos.CENTER_LEFT);
        for (PersonFlag flag : PersonFlag.values()) {
            CheckBox box = new CheckBox(flag.label());
            box.setId("person-flag-" + flag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setMinWidth(CheckBox.USE_PREF_SIZE);
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    model.flags().add(flag);
                } else {
                    model.flags().remove(flag);
                }
            });
            model.flags().addListener((SetChangeListener<PersonFlag>) c ->
                    box.setSelected(model.flags().contains(flag)));
            second.getChildren().add(box);
        }
        Hyperlink clear = new Hyperlink(t("person.filter.clear"));
        clear.setId("person-filter-clear");
        clear.setMinWidth(Hyperlink.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clearFilters());
        second.getChildren().add(clear);
        root = new VBox(8, first, second);
    }

    VBox root() {
        return root;
    }

    TextField search() {
        return search;
    }

    private static <T> ComboBox<Choice<T>> filter(String id, String all, List<T> values, Function<T, String> label,
                                                  ObjectProperty<T> bound) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices(all, values, label));
        box.getSelectionModel().selectFirst();
        box.setVisibleRowCount(12);
        box.valueProperty().addListener((obs, old, now) -> {
            T value = now == null ? null : now.value();
            if (!Objects.equals(value, bound.get())) {
                bound.set(value);
            }
        });
        bound.addListener((obs, old, now) -> select(box, now));
        return box;
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        if (box.getValue() == null || !Objects.equals(box.getValue().value(), value)) {
            box.getItems().stream().filter(c -> Objects.equals(c.value(), value)).findFirst().ifPresent(box::setValue);
        }
    }

    private static <T> List<Choice<T>> choices(String all, List<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(new Choice<>(null, all));
        values.forEach(v -> out.add(new Choice<>(v, label.apply(v))));
        return out;
    }
}
