package cn.yanshan.ledger.app.ui;

import javafx.scene.Parent;
import javafx.scene.text.Font;

import java.util.List;
import java.util.Set;

/**
 * The font stack: the first of these families that the PC has. Windows has Microsoft YaHei;
 * 统信UOS, 麒麟 and Debian have Noto Sans CJK SC or WenQuanYi Micro Hei. With none of them JavaFX's own
 * fallback is used.
 */
final class Fonts {

    static final List<String> STACK = List.of(
            "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "Droid Sans Fallback", "PingFang SC");

    private Fonts() {
    }

    static void apply(Parent root) {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        STACK.stream().filter(installed::contains).findFirst()
                .ifPresent(family -> root.setStyle("-fx-font-family: \"" + family + "\";"));
    }
}
