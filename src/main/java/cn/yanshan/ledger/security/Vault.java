package cn.yanshan.ledger.security;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The door of a data folder: who may open its ledger, and with which key. The first account is made here; a
 * database written before encryption existed is encrypted when that first account is made, so an older ledger
 * comes through an upgrade whole.
 */
public final class Vault {

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    /** What the administrator is called when a script or the smoke start makes the first account. */
    public static final String FIRST_ACCOUNT = "管理员";

    private final Path databaseBase;
    private final KeyRing keyRing;

    /**
     * @param dataFolder   the folder with {@value KeyRing#FILE_NAME}
     * @param databaseBase the database file without H2's ".mv.db"
     */
    public Vault(Path dataFolder, Path databaseBase) {
        this.databaseBase = databaseBase;
        this.keyRing = KeyRing.load(dataFolder);
        if (!keyRing.hasAccounts() && Database.fileState(databaseBase) == Database.FileState.ENCRYPTED) {
            throw new LedgerException("数据文件夹中的账户文件 " + KeyRing.FILE_NAME + " 不见了，加密的台账无法打开。"
                    + "请把该文件从备份中放回数据文件夹（或用“恢复”从备份恢复整个台账）；不要新建账户。");
        }
    }

    /** No account yet: the first start, which makes the administrator. */
    public boolean isNew() {
        return !keyRing.hasAccounts();
    }

    public List<Account> accounts() {
        return keyRing.accounts();
    }

    public KeyRing keyRing() {
        return keyRing;
    }

    /**
     * Makes the administrator account on the first start. A ledger from a release without encryption is encrypted
     * with the new key before anything else opens it.
     */
    public Session createAdministrator(String name, char[] password) {
        boolean plainLedger = Database.fileState(databaseBase) == Database.FileState.PLAIN;
        Session session = keyRing.createFirstAdministrator(name, password);
        if (plainLedger) {
            LOG.info("Encrypting a ledger written before encryption");
            try {
                Database.encryptPlainFile(databaseBase, session.key().filePassword());
            } catch (LedgerException e) {
                keyRing.forgetAll();
                throw e;
            }
        }
        return session;
    }

    /**
     * Opens with a name and a password. Without a name the password is tried on each account in turn: the
     * command line's {@code LEDGER_PASSWORD} names no account.
     */
    public Session signIn(String name, char[] password) {
        if (name != null && !name.isBlank()) {
            return keyRing.unlock(name, password).orElseThrow(WrongPasswordException::new);
        }
        for (Account a : keyRing.accounts()) {
            Optional<Session> s = keyRing.unlock(a.name(), password);
            if (s.isPresent()) {
                return s.get();
            }
        }
        throw new WrongPasswordException();
    }

    /**
     * Signs in, or on a ledger without accounts makes the administrator ({@code name}, else {@link #FIRST_ACCOUNT})
     * with this password: the command line and {@code --smoke}, which start from an empty folder too.
     */
    public Session signInOrCreate(String name, char[] password) {
        if (isNew()) {
            return createAdministrator(name != null && !name.isBlank() ? name : FIRST_ACCOUNT, password);
        }
        return signIn(name, password);
    }

    /** Checks the password of the account already signed in: the idle lock. */
    public boolean confirms(Account account, char[] password) {
        return keyRing.unlock(account.name(), password).isPresent();
    }
}
