package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.LogSetup;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.db.Database;
import cn.yanshan.ledger.security.AccessDeniedException;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.security.Vault;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * What every command shares: {@code --data-dir} before or after the command's name, its output, and the ledger it
 * opens after the password ({@code LEDGER_PASSWORD}, else asked at the terminal) has been checked.
 */
abstract class LedgerCommand implements Callable<Integer> {

    @Mixin
    DataDirOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the command needs to be allowed; most commands change the ledger. */
    protected Role requiredRole() {
        return Role.CLERK;
    }

    /** The data folder named after the command, else after a command above it, else before all, else the default. */
    protected DataFolder folder() {
        DataFolder folder = DataFolder.resolve(null);
        for (CommandLine.Model.CommandSpec s = spec; s != null; s = s.parent()) {
            CommandLine.Model.CommandSpec mixin = s.mixins().get("data");
            if (mixin != null && mixin.userObject() instanceof DataDirOption d && d.dataDir != null) {
                folder = d.folder();
                break;
            }
        }
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, folder.logs().toString());
        return folder;
    }

    /** Signs in and opens the ledger. */
    protected Services openLedger() {
        DataFolder folder = folder();
        if (Database.inUse(folder.databaseBase())) {
            throw Database.openElsewhere(null);
        }
        return Services.open(folder, signIn(folder));
    }

    /**
     * Checks the password against the folder's accounts. A folder with no account yet gets its administrator with
     * this password first, so that scripts can start from an empty folder; that is said on the error stream.
     */
    protected Session signIn(DataFolder folder) {
        Environment env = ((LedgerCli) spec.root().userObject()).environment();
        Vault vault = Services.vault(folder);
        String user = env.variable(Environment.USER_VARIABLE).orElse(null);
        char[] password = env.variable(Environment.PASSWORD_VARIABLE).map(String::toCharArray)
                .or(() -> env.prompt().ask(vault.isNew() ? "为新台账设置管理员密码：" : "密码："))
                .orElseThrow(() -> new AccessDeniedException("需要密码：请在终端中运行并输入密码，"
                        + "或在环境变量 " + Environment.PASSWORD_VARIABLE + " 中给出。"));
        try {
            boolean first = vault.isNew();
            Session session = vault.signInOrCreate(user, password);
            if (first) {
                spec.commandLine().getErr().println("已为新台账创建管理员账户“" + session.account().name()
                        + "”，以后请用同一密码打开。");
                spec.commandLine().getErr().flush();
            }
            if (!session.may(requiredRole())) {
                throw new AccessDeniedException("账户“" + session.account().name() + "”（" + session.account().role().label()
                        + "）不能执行此命令，需要" + requiredRole().label() + "或更高权限的账户。");
            }
            return session;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
