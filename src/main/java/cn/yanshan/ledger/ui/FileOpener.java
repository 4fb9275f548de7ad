package cn.yanshan.ledger.ui;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a file (or a folder) with the program the system associates with it, on a thread of its own. On Linux
 * (统信UOS, 麒麟) through {@code xdg-open}, which avoids loading AWT's GTK beside JavaFX's; elsewhere through
 * {@link Desktop}. Used for report attachments and exported files.
 */
public final class FileOpener implements Consumer<Path> {

    private static final Logger LOG = LoggerFactory.getLogger(FileOpener.class);
    private final Consumer<Path> onFailure;

    /** @param onFailure told on the UI thread which file could not be opened, to say so to the clerk */
    public FileOpener(Consumer<Path> onFailure) {
        this.onFailure = onFailure;
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
                Platform.runLater(() -> onFailure.accept(file));
            }
        }, "open-file");
        t.setDaemon(true);
        t.start();
    }
}
