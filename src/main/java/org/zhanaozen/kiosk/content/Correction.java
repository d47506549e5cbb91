package org.zhanaozen.kiosk.content;

/** A plain typo fixed in the transcription: what the published text said, what the kiosk shows, and why. */
public record Correction(String field, String source, String corrected, String reason) {
}
