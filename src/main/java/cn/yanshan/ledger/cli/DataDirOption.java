package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data-dir} option every command takes, and the ledger it opens. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "数据文件夹（默认：环境变量 LEDGER_DATA_DIR，或系统的应用数据文件夹）")
    Path dataDir;

    public DataFolder folder() {
        return DataFolder.resolve(dataDir);
    }

    public Services open() {
        DataFolder folder = folder();
        System.setProperty(cn.yanshan.ledger.app.LogSetup.LOG_DIR_PROPERTY, folder.logs().toString());
        return Services.open(folder);
    }
}
