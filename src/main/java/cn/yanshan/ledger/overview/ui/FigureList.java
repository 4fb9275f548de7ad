package cn.yanshan.ledger.overview.ui;

import cn.yanshan.ledger.stats.CountedPerson;
import cn.yanshan.ledger.stats.Figure;
import cn.yanshan.ledger.stats.StatsService;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FxDialogService;
import cn.yanshan.ledger.ui.Tables;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;

import static cn.yanshan.ledger.ui.I18n.t;

/** The persons behind a figure of 总览, first page, ID numbers masked. */
final class FigureList {

    static final int PAGE = 500;

    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private StatsService stats;

    FigureList(BackgroundRunner runner, DialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** The ledger whose persons the lists show. */
    void connect(StatsService stats) {
        this.stats = stats;
    }

    void open(String what, Figure figure) {
        if (stats == null) {
            return;
        }
        runner.run(() -> new Page(stats.count(figure), stats.persons(figure, 0, PAGE)), page -> show(what, page),
                dialogs::showError);
    }

    private record Page(int total, List<CountedPerson> persons) {
    }

    private void show(String what, Page page) {
        TableView<CountedPerson> table = new TableView<>();
        table.setId("figure-list");
        table.setPlaceholder(new Label(t("table.empty")));
        table.getColumns().add(Tables.column(t("person.field.name"), p -> p.person().name(), 90));
        table.getColumns().add(Tables.column(t("person.field.idNumber"), p -> p.person().idNumber().masked(), 190));
        table.getColumns().add(Tables.column(t("person.field.township"), p -> p.person().township().name(), 110));
        table.getColumns().add(Tables.column(t("overview.list.category"), p -> p.person().category().label() + p.person().level().label(), 90));
        table.getColumns().add(Tables.column(t("placement.field.form"), p -> p.form().shortLabel(), 120));
        table.getColumns().add(Tables.column(t("overview.list.firstPlaced"), p -> p.firstPlacedOn().toString(), 110));
        table.getItems().setAll(page.persons());
        table.setPrefSize(760, 480);
        Label count = new Label(page.total() > page.persons().size()
                ? t("overview.list.firstOf", page.total(), page.persons().size()) : t("overview.list.count", page.total()));
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(t("overview.list.title", what));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(new VBox(8, count, table));
        dialog.getDialogPane().getButtonTypes().add(FxDialogService.OK);
        dialog.show();
    }
}
