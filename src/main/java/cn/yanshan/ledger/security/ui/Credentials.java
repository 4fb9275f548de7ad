package cn.yanshan.ledger.security.ui;

/** What a sign-in or first-account pane hands on: the account name and the password as typed. */
public record Credentials(String account, char[] password) {
}
