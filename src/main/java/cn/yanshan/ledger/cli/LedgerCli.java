package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.AppInfo;
import cn.yanshan.ledger.common.DiskFull;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.security.AccessDeniedException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line: the same core work as the window, without a window. {@code ledger [--data-dir DIR] COMMAND}.
 * Exit codes: 0 done, 1 failed (the reason is printed), 2 wrong arguments, 4 no entry (password missing or wrong,
 * or the account's role does not allow the command).
 */
@Command(name = "ledger",
        mixinStandardHelpOptions = true,
        versionProvider = LedgerCli.Version.class,
        description = {AppInfo.PRODUCT_NAME + "。不带命令时打开窗口。",
                "Yanshan County disabled persons' employment ledger. Without a command it opens the window."},
        subcommands = {PlanCommand.class, StatsCommand.class, DemoCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, ImportCommand.class, TemplateCommand.class,
                CommandLine.HelpCommand.class})
public final class LedgerCli implements Runnable {

    /** The exit code when the ledger stays shut: no password, a wrong one, or a role that does not allow it. */
    public static final int NO_ENTRY = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DataDirOption data;

    private final Environment environment;

    private LedgerCli(Environment environment) {
        this.environment = environment;
    }

    /** Where commands find the password. */
    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请给出一个命令（例如 plan），或用 --help 查看用法。");
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        CommandLine cli = commandLine(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    /** The command line with the process's environment and terminal. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Environment.system());
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = new CommandLine(new LedgerCli(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AccessDeniedException) {
                LoggerFactory.getLogger(LedgerCli.class).warn("Access denied: {}", ex.getMessage());
                commandLine.getErr().println("错误：" + ex.getMessage());
                return NO_ENTRY;
            }
            if (!(ex instanceof LedgerException) && DiskFull.isCause(ex)) {
                LoggerFactory.getLogger(LedgerCli.class).error("Disk full", ex);
                commandLine.getErr().println("错误：" + DiskFull.exception(ex).getMessage());
                return 1;
            }
            if (ex instanceof LedgerException) {
                LoggerFactory.getLogger(LedgerCli.class).warn("Command failed: {}", ex.getMessage(), ex.getCause());
                commandLine.getErr().println("错误：" + ex.getMessage());
            } else {
                LoggerFactory.getLogger(LedgerCli.class).error("Command failed", ex);
                commandLine.getErr().println("错误：命令未能完成（" + ex + "）。详细信息已写入数据文件夹中的日志文件。");
            }
            return 1;
        });
        return cli;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{AppInfo.PRODUCT_NAME + " " + AppInfo.version()};
        }
    }
}
