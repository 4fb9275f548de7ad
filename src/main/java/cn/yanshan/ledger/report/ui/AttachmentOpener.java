package cn.yanshan.ledger.report.ui;

import cn.yanshan.ledger.ui.DialogService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import static cn.yanshan.ledger.ui.I18n.t;

/**
 * Opens a file with the program the system associates with it, on a thread of its own. On Linux (统信UOS, 麒麟)
 * through {@code xdg-open}, which avoids loading AWT's GTK beside JavaFX's; elsewhere through {@link Desktop}.
 */
final class AttachmentOpener implements Consumer<Path> {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentOpener.class);
    private final DialogService dialogs;

    AttachmentOpener(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void accept(Path file) {
        Thread t = new Thread(() -> {
            try {
                if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                    new ProcessBuilder("xdg-open", file.toString()).inheritIO().start();
                } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                } else {
                    throw new UnsupportedOperationException("no way to open files on this system");
                }
            } catch (Exception | Error e) {
                LOG.warn("Could not open {}", file, e);
                Platform.runLater(() -> dialogs.showError(t("reports.attachment.openFailed", file)));
            }
        }, "open-attachment");
        t.setDaemon(true);
        t.start();
    }
}
