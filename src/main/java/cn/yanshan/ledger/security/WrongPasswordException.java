package cn.yanshan.ledger.security;

/** The account name or the password did not open the ledger. Nothing was read or changed. */
public final class WrongPasswordException extends AccessDeniedException {
    public WrongPasswordException() {
        super("账户名或密码不正确，台账没有打开。");
    }
}
