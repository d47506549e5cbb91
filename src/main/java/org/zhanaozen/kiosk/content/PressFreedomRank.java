package org.zhanaozen.kiosk.content;

/** A ranking of Kazakhstan's media freedom: place {@code rank} out of {@code of} countries. */
public record PressFreedomRank(String id, int rank, int of, String text) {
}
