package org.zhanaozen.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kiosk's version, from the POM (filtered into version.properties at build time). */
public final class Version {

    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
