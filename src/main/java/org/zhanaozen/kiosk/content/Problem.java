package org.zhanaozen.kiosk.content;

/**
 * Something wrong in the content, at a place staff can find: {@code file} is relative to the content folder
 * (e.g. {@code events.json}), {@code line} and {@code column} are 1-based, or 0 where no position applies
 * (a missing file); {@code jsonPath} (e.g. {@code $.events[3].date}) names the value, or is empty.
 */
public record Problem(String file, int line, int column, String jsonPath, String message) {

    /** A problem with a whole file or folder, not with a place in it. */
    static Problem about(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** {@code FILE:LINE:COLUMN: message}, or {@code FILE: at JSONPATH: message} where there is no line. */
    public String format() {
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + message;
        }
        if (!jsonPath.isEmpty()) {
            return file + ": at " + jsonPath + ": " + message;
        }
        return file + ": " + message;
    }
}
