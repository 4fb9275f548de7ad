package cn.yanshan.ledger.settings;

import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.Optional;

import static cn.yanshan.ledger.db.generated.Tables.APP_SETTING;

/** The only code that reads and writes the settings table. */
public final class SettingsStore {

    public Optional<String> get(DSLContext dsl, String name) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.NAME.eq(name))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void put(DSLContext dsl, String name, String value, LocalDateTime at, String by) {
        int updated = dsl.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.CHANGED_AT, at).set(APP_SETTING.CHANGED_BY, by)
                .where(APP_SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING).set(APP_SETTING.NAME, name).set(APP_SETTING.SETTING_VALUE, value)
                    .set(APP_SETTING.CHANGED_AT, at).set(APP_SETTING.CHANGED_BY, by).execute();
        }
    }

    public void remove(DSLContext dsl, String name) {
        dsl.deleteFrom(APP_SETTING).where(APP_SETTING.NAME.eq(name)).execute();
    }
}
