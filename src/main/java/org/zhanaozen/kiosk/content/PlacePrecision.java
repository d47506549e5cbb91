package org.zhanaozen.kiosk.content;

/** Whether a place's point is the place itself or stands for a whole country or region. */
public enum PlacePrecision {
    EXACT, APPROXIMATE
}
