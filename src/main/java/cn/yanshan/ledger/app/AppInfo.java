package cn.yanshan.ledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product's name and version, as the build wrote them. */
public final class AppInfo {

    public static final String PRODUCT_NAME = "残疾人就业帮扶台账";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/ledger-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
