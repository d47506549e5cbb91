package org.zhanaozen.kiosk.content;

import java.util.regex.Pattern;

/** Turns Jackson's parse error messages into plain text for staff: no feature names, no Java names, no locations. */
public final class JacksonMessages {

    private static final Pattern CHARACTER_CODE = Pattern.compile(" \\(code \\d+\\)");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern EMBEDDED_LOCATION = Pattern.compile(
            "\\((?:start marker at|for \\w+ starting at) \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern FEATURE_HINT = Pattern.compile("[:;,]?\\s*(?:enable|from) `[^`]*`(?: to allow)?");

    private JacksonMessages() {
    }

    public static String plain(String jacksonMessage) {
        if (jacksonMessage == null || jacksonMessage.isBlank()) {
            return "cannot be parsed";
        }
        if (jacksonMessage.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        String message = CHARACTER_CODE.matcher(jacksonMessage).replaceAll("");
        message = CONTROL_CHARACTER.matcher(message).replaceAll("(control character $1)");
        message = EMBEDDED_LOCATION.matcher(message).replaceAll("(opened at line $1, column $2)");
        message = FEATURE_HINT.matcher(message).replaceAll("");
        return message.strip();
    }
}
