package org.zhanaozen.kiosk.content;

/** One of the exhibit's headline numbers, e.g. "17" / "killed". The value is text: the source writes "15 000". */
public record KeyFigure(String id, String value, String label) {
}
