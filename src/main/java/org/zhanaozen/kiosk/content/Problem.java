package org.zhanaozen.kiosk.content;

/**
 * Something wrong in the content, at a place staff can find: {@code file} is relative to the content folder
 * (e.g. {@code events.json}), {@code line} and {@code column} are 1-based, or 0 where no position applies
 * (a missing file); {@code jsonPath} (e.g. {@code $.events[3].date}) names the value, or is empty.
 */
public record Problem(String file, int line, int column, String jsonPath, String message, Severity severity) {

    /** How much a problem matters to {@code --validate}. */
    public enum Severity {
        /** The content, or the part of it named, cannot be used as it is: {@code --validate} fails. */
        ERROR,
        /** It works, less well than it should (e.g. places off the base map): printed, {@code --validate} passes. */
        WARNING
    }

    /** An error at a place in a file. */
    public Problem(String file, int line, int column, String jsonPath, String message) {
        this(file, line, column, jsonPath, message, Severity.ERROR);
    }

    /** An error with a whole file or folder, not with a place in it. */
    static Problem about(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** A warning about a whole file. */
    static Problem warning(String file, String message) {
        return new Problem(file, 0, 0, "", message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code FILE:LINE:COLUMN: message}, or {@code FILE: at JSONPATH: message} where there is no line; a warning
     * says so before its message ({@code FILE: warning: message}).
     */
    public String format() {
        String text = isError() ? message : "warning: " + message;
        if (line > 0) {
            return file + ":" + line + ":" + column + ": " + text;
        }
        if (!jsonPath.isEmpty()) {
            return file + ": at " + jsonPath + ": " + text;
        }
        return file + ": " + text;
    }
}
