package cn.yanshan.ledger.security;

import cn.yanshan.ledger.common.LedgerException;

/** The ledger stays shut: no password, a wrong one, or an account whose role does not allow the work. */
public class AccessDeniedException extends LedgerException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
