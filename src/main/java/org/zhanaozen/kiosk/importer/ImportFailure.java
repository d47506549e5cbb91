package org.zhanaozen.kiosk.importer;

/** What stops an import, in one line fit to print: where in the input, and what is wrong. */
final class ImportFailure extends Exception {

    ImportFailure(String line) {
        // No stack trace: the line says all the person running the import needs.
        super(line, null, false, false);
    }
}
