package cn.yanshan.ledger.ui;

import cn.yanshan.ledger.security.Role;

/** The areas of the main window, in the order of its navigation. */
public enum Area {
    OVERVIEW("overview"),
    PLAN("plan"),
    REPORTS("reports"),
    PERSONS("persons"),
    PLACEMENTS("placements"),
    QUOTA("quota"),
    UNITS("units"),
    IMPORT("import"),
    EXPORT("export"),
    AUDIT("audit"),
    SETTINGS("settings");

    private final String key;

    Area(String key) {
        this.key = key;
    }

    /** Used for the control ids ({@code nav-plan}) and the text keys ({@code nav.plan}). */
    public String key() {
        return key;
    }

    /**
     * Whether an account of the role may open the area: a read-only account (a leader) sees 总览 and 导出; the
     * clerk and the administrator see everything (what only the administrator may do inside 设置 is checked there).
     */
    public boolean allows(Role role) {
        return role != Role.READ_ONLY || this == OVERVIEW || this == EXPORT;
    }

    public String title() {
        return I18n.t("nav." + key);
    }
}
