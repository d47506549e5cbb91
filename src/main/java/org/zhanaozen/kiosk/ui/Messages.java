package org.zhanaozen.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kiosk's own words (not the exhibit's, which come from the content): one message bundle,
 * {@code org/zhanaozen/kiosk/messages.properties}, so that no visitor-facing word is a literal in Java and other
 * languages can be added beside it.
 */
public final class Messages {

    private static final String BUNDLE = "org.zhanaozen.kiosk.messages";

    private Messages() {
    }

    /** The text for this key, its {@code {0}}, {@code {1}}… filled in with the arguments. */
    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
