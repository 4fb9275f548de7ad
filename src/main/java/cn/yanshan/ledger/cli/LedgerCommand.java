package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every command shares: {@code --data-dir} before or after the command's name, its output, the ledger it opens. */
abstract class LedgerCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @ParentCommand
    LedgerCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the ledger in the data folder named after the command, else before it, else the default. */
    protected Services openLedger() {
        DataDirOption chosen = data.dataDir != null || parent == null ? data : parent.data;
        return chosen.open();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
