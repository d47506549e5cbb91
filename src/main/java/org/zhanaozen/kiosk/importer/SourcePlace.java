package org.zhanaozen.kiosk.importer;

/**
 * Where in the input file something is, as the import's messages name it: {@code FILE:LINE:COLUMN} in a JSON file,
 * {@code FILE:ROW} in a CSV file (row 1 is the header, as a spreadsheet numbers it).
 */
record SourcePlace(String file, int line, int column) {

    static SourcePlace row(String file, int row) {
        return new SourcePlace(file, row, 0);
    }

    static SourcePlace wholeFile(String file) {
        return new SourcePlace(file, 0, 0);
    }

    String format() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** The problem here, stopping the import: {@code FILE:LINE:COLUMN: message}. */
    ImportFailure failure(String message) {
        return new ImportFailure(format() + ": " + message);
    }

    /** A warning here: what is left out, and why; the import goes on. */
    String warning(String message) {
        return format() + ": warning: " + message;
    }
}
