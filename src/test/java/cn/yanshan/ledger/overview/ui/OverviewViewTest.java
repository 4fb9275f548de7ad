package cn.yanshan.ledger.overview.ui;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.app.ui.ScreenTest;
import cn.yanshan.ledger.stats.Summary;
import cn.yanshan.ledger.ui.BackgroundRunner;
import cn.yanshan.ledger.ui.FxDialogService;
import cn.yanshan.ledger.unit.UnitRef;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 总览 built before any ledger is open (as the window does behind the sign-in), then filled, then filled again with
 * other figures: each breakdown shows exactly the rows of the figures it was last given, with their counts.
 */
@ScreenTest
class OverviewViewTest {

    private final FxRobot robot = new FxRobot();
    private Services services;
    private Stage stage;

    @AfterEach
    void close() throws TimeoutException {
        if (stage != null) {
            FxToolkit.setupFixture(() -> stage.close());
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void builtBeforeTheLedgerThenFilledTwiceShowsTheLatestFiguresOnly() throws TimeoutException {
        services = Services.inMemory("overview-view-test");
        OverviewView.Data read = OverviewView.load(services.plan(), services.stats());
        OverviewView view = FxToolkit.setupFixture(() -> {
            OverviewView v = new OverviewView(BackgroundRunner.direct(), new FxDialogService(() -> stage));
            stage = new Stage();
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(v.root()), 1200, 800));
            stage.show();
            return v;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#overview-placed")).as("no figures before a ledger is connected").isEmpty();
        assertThat(townshipRows()).isEmpty();

        FxToolkit.setupFixture(() -> {
            view.connect(services.plan(), services.stats());
            view.show(read);
        });
        assertThat(text("#overview-placed")).isEqualTo("0 / 450 人");
        assertThat(townshipRows()).hasSize(11).contains("江那镇 0", "平远镇 0");

        Summary s = read.summary();
        Map<UnitRef, Integer> two = new LinkedHashMap<>();
        two.put(new UnitRef(9001, "江那镇"), 7);
        two.put(new UnitRef(9002, "平远镇"), 0);
        Summary fewer = new Summary(s.planId(), s.target(), s.periodStart(), s.periodEnd(), 7, 7.0 / s.target(),
                s.asOf(), s.target() - 7, s.remainingQuarters(), s.pacePerQuarter(), s.byQuarter(), two, s.byForm(),
                s.byCategory());
        FxToolkit.setupFixture(() -> view.show(new OverviewView.Data(read.plan(), fewer)));
        assertThat(text("#overview-placed")).isEqualTo("7 / 450 人");
        assertThat(townshipRows()).containsExactly("江那镇 7", "平远镇 0");
        Hyperlink jiangna = robot.lookup("#overview-township-江那镇").queryAs(Hyperlink.class);
        assertThat(jiangna.isDisabled()).isFalse();
        assertThat(robot.lookup("#overview-township-平远镇").queryAs(Hyperlink.class).isDisabled())
                .as("a zero opens no list").isTrue();
        assertThat(robot.lookup("#overview-township-八嘎乡").tryQuery()).as("rows of the earlier figures are gone")
                .isEmpty();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The township breakdown's rows as "name count", in order. */
    private List<String> townshipRows() {
        GridPane rows = robot.lookup("#overview-township").queryAs(GridPane.class);
        List<javafx.scene.Node> cells = rows.getChildren();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            out.add(((Label) cells.get(i)).getText() + " " + ((Hyperlink) cells.get(i + 1)).getText());
        }
        return out;
    }
}
