-- The program's settings that belong to the ledger (not to one PC): kept in the database, so that they are
-- encrypted, backed up and restored with it. Written in SQL that both H2 2.x and PostgreSQL accept.

CREATE TABLE app_setting (
    name          VARCHAR(60)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    changed_at    TIMESTAMP     NOT NULL,
    changed_by    VARCHAR(100)  NOT NULL
);
