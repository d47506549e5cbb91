package org.zhanaozen.kiosk.content;

import java.time.YearMonth;

/** The months the timeline opens on ({@code events.json} "openingView"), first and last included. */
public record TimelineOpening(YearMonth from, YearMonth to) {
}
