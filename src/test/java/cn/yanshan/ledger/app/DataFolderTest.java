package cn.yanshan.ledger.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {

    @Test
    void optionWinsOverEnvironmentAndDefault() {
        DataFolder f = DataFolder.resolve(Path.of("/tmp/a"), Map.of(DataFolder.ENV_VARIABLE, "/tmp/b"), "Linux", "/home/x");
        assertThat(f.root()).isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void environmentVariableWinsOverDefault() {
        DataFolder f = DataFolder.resolve(null, Map.of(DataFolder.ENV_VARIABLE, "/tmp/b"), "Linux", "/home/x");
        assertThat(f.root()).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void windowsUsesAppData() {
        DataFolder f = DataFolder.resolve(null, Map.of("APPDATA", "/users/clerk/AppData/Roaming"), "Windows 10", "/users/clerk");
        assertThat(f.root()).isEqualTo(Path.of("/users/clerk/AppData/Roaming", DataFolder.WINDOWS_FOLDER));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/x").root())
                .isEqualTo(Path.of("/data", DataFolder.UNIX_FOLDER));
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/x").root())
                .isEqualTo(Path.of("/home/x/.local/share", DataFolder.UNIX_FOLDER));
    }
}
