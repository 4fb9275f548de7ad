package cn.yanshan.ledger.app.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.audit.ui.AuditView;
import cn.yanshan.ledger.export.ui.ExportView;
import cn.yanshan.ledger.export.ui.ExportViewModel;
import cn.yanshan.ledger.importing.ui.ImportView;
import cn.yanshan.ledger.importing.ui.ImportViewModel;
import cn.yanshan.ledger.overview.ui.OverviewView;
import cn.yanshan.ledger.placement.ui.PlacementEntryView;
import cn.yanshan.ledger.placement.ui.PlacementEntryViewModel;
import cn.yanshan.ledger.person.ui.PersonsView;
import cn.yanshan.ledger.person.ui.PersonsViewModel;
import cn.yanshan.ledger.plan.ui.PlanView;
import cn.yanshan.ledger.plan.ui.PlanViewModel;
import cn.yanshan.ledger.report.ui.MeasuresModel;
import cn.yanshan.ledger.report.ui.ReportEditorModel;
import cn.yanshan.ledger.report.ui.ReportsView;
import cn.yanshan.ledger.report.ui.ReportsViewModel;
import cn.yanshan.ledger.settings.ui.SettingsView;
import cn.yanshan.ledger.ui.Area;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.DialogService;
import cn.yanshan.ledger.ui.FileOpener;
import cn.yanshan.ledger.ui.Navigator;
import cn.yanshan.ledger.ui.View;
import cn.yanshan.ledger.unit.Unit;
import cn.yanshan.ledger.unit.ui.UnitsView;
import cn.yanshan.ledger.unit.ui.UnitsViewModel;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import static cn.yanshan.ledger.ui.I18n.t;

/** Builds each area's view from the services, the first time it is shown. */
final class AreaViews {

    private final Services services;
    private final OverviewView overview;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final IntConsumer idleMinutesChanged;
    private final Consumer<Path> restore;
    private final Map<Area, View> built = new EnumMap<>(Area.class);
    private ExportViewModel exportModel;

    /** @param overview 总览, built before the ledger opened; connected here to its services */
    AreaViews(Services services, OverviewView overview, BackgroundRunner runner, DialogService dialogs,
              Navigator navigator, IntConsumer idleMinutesChanged, Consumer<Path> restore) {
        this.services = services;
        this.idleMinutesChanged = idleMinutesChanged;
        this.restore = restore;
        this.runner = runner;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.overview = overview;
        overview.connect(services.plan(), services.stats());
    }

    View get(Area area) {
        return built.computeIfAbsent(area, this::build);
    }

    boolean isBuilt(Area area) {
        return built.containsKey(area);
    }

    PlanView plan() {
        return (PlanView) get(Area.PLAN);
    }

    UnitsView units() {
        return (UnitsView) get(Area.UNITS);
    }

    private View reports() {
        ReportsViewModel model = new ReportsViewModel(services.reports(), runner, dialogs);
        return new ReportsView(model,
                new ReportEditorModel(services.reports(), services.plan(), model, runner, dialogs),
                new MeasuresModel(services.reports(), model, runner, dialogs), dialogs);
    }

    /** One for 导出 and the export button of 残疾人台账, so that one export runs at a time. */
    private ExportViewModel exportModel() {
        if (exportModel == null) {
            exportModel = new ExportViewModel(services.exports(), services.reports(), runner, dialogs,
                    new FileOpener(file -> dialogs.showError(t("export.openFailed", file))));
        }
        return exportModel;
    }

    private View build(Area area) {
        return switch (area) {
            case OVERVIEW -> overview;
            case PLAN -> new PlanView(new PlanViewModel(services.plan(), runner, dialogs), dialogs, services.units(), navigator);
            case PLACEMENTS -> new PlacementEntryView(
                    new PlacementEntryViewModel(services.persons(), services.placements(), services.stats(), runner, dialogs),
                    services.plan().outline().tasks(),
                    q -> services.units().search(q).stream().filter(Unit::isTownship).map(Unit::name).limit(11).toList(),
                    q -> services.units().search(q).stream().map(Unit::name).limit(12).toList());
            case REPORTS -> reports();
            case PERSONS -> new PersonsView(new PersonsViewModel(services.persons(), services.placements(), services.units(),
                    services.plan(), runner, dialogs), q -> exportModel().exportPersons(q));
            case EXPORT -> new ExportView(exportModel());
            case UNITS -> new UnitsView(new UnitsViewModel(services.units(), services.plan(), runner, dialogs), dialogs, navigator);
            case AUDIT -> new AuditView(services.audit(), runner, dialogs);
            case SETTINGS -> new SettingsView(new SettingsView.Context(services.settings(), services.backups(),
                    services::backupFolder, services.account(), services.session(), services::keyRing),
                    runner, dialogs, idleMinutesChanged, restore);
            case IMPORT -> new ImportView(new ImportViewModel(services.imports(), runner, dialogs));
            default -> new PlaceholderView(area);
        };
    }
}
