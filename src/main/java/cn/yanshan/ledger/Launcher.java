package cn.yanshan.ledger;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.ui.DesktopApp;
import cn.yanshan.ledger.cli.LedgerCli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The program's entry point ({@code java -jar ledger.jar}). It does not extend JavaFX's Application, so the jar
 * runs from the class path. With no command it opens the window; with one, it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        WindowArgs window = WindowArgs.parse(args);
        if (window != null) {
            DataFolder folder = DataFolder.resolve(window.dataDir());
            System.setProperty(cn.yanshan.ledger.app.LogSetup.LOG_DIR_PROPERTY, folder.logs().toString());
            DesktopApp.launch(folder, window.smoke());
        } else {
            System.exit(LedgerCli.run(args));
        }
    }

    /** The arguments that open the window: only {@code --data-dir DIR} and {@code --smoke}; anything else is a command. */
    record WindowArgs(Path dataDir, boolean smoke) {
        static WindowArgs parse(String[] args) {
            Path dir = null;
            boolean smoke = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--smoke")) {
                    smoke = true;
                } else if (a.equals("--data-dir") && i + 1 < args.length) {
                    dir = Path.of(args[++i]);
                } else if (a.startsWith("--data-dir=")) {
                    dir = Path.of(a.substring("--data-dir=".length()));
                } else {
                    return null;
                }
            }
            return new WindowArgs(dir, smoke);
        }
    }
}
