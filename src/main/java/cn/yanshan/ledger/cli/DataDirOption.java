package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.DataFolder;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data-dir} option every command takes. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "数据文件夹（默认：环境变量 LEDGER_DATA_DIR，或系统的应用数据文件夹）")
    Path dataDir;

    public DataFolder folder() {
        return DataFolder.resolve(dataDir);
    }
}
