package cn.yanshan.ledger.ui;

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
    SETTINGS("settings");

    private final String key;

    Area(String key) {
        this.key = key;
    }

    /** Used for the control ids ({@code nav-plan}) and the text keys ({@code nav.plan}). */
    public String key() {
        return key;
    }

    public String title() {
        return I18n.t("nav." + key);
    }
}
