package org.zhanaozen.kiosk.content;

/** What the accused were charged with, and what they actually did, as the source pairs them. */
public record AccusationPair(String accusedOf, String reality) {
}
