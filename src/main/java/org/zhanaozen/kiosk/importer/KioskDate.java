package org.zhanaozen.kiosk.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A TimelineJS date (a start and an optional end) as the kiosk's events.json writes it: {@code date} at the precision
 * given (a day, a month, a year, or a range of months), and {@code dateText}, the date as a visitor reads it.
 * A range with days in it is placed at its start; its text names the whole range.
 */
record KioskDate(String date, String text) {

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    /** What a date object gives, checked: the year and, as far as they are given, month and day. */
    private record Point(int year, Integer month, Integer day, Integer hour, Integer minute) {

        LocalDate firstDay() {
            return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        }

        LocalDate lastDay() {
            if (day != null) {
                return firstDay();
            }
            return month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        }

        /** events.json's spelling: YYYY, YYYY-MM or YYYY-MM-DD. */
        String spelt() {
            String text = String.format(Locale.ROOT, "%04d", year);
            if (month != null) {
                text += String.format(Locale.ROOT, "-%02d", month);
            }
            if (day != null) {
                text += String.format(Locale.ROOT, "-%02d", day);
            }
            return text;
        }

        /** "2 March 1987, 14:30", "March 1987", "1987". */
        String told() {
            String text = Integer.toString(year);
            if (month != null) {
                text = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + text;
            }
            if (day != null) {
                text = day + " " + text;
            }
            if (hour != null) {
                text += String.format(Locale.ROOT, ", %02d:%02d", hour, minute == null ? 0 : minute);
            }
            return text;
        }
    }

    /**
     * The kiosk's date for a slide.
     *
     * @param displayDate the slide's own display_date, which TimelineJS shows instead of the dates (may be null)
     * @throws ImportFailure for a date the kiosk cannot place, naming the slide
     */
    static KioskDate of(String slide, Timeline.DateParts start, Timeline.DateParts end, String displayDate)
            throws ImportFailure {
        Point from = point(slide, start);
        Point to = end == null ? null : point(slide, end);
        if (to != null && to.lastDay().isBefore(from.firstDay())) {
            throw end.where().failure(slide + ": its end date is before its start date");
        }
        boolean range = to != null && !to.spelt().equals(from.spelt());
        String date = from.spelt();
        if (range && from.day() == null && to.day() == null) {
            // Months and years without days are a range of months, which the kiosk draws as a span.
            YearMonth first = YearMonth.from(from.firstDay());
            YearMonth last = YearMonth.from(to.lastDay());
            date = first.equals(last) ? date : first + "/" + last;
        }
        String text = displayDate != null ? displayDate
                : shown(start, from) + (range ? " – " + shown(end, to) : "");
        return new KioskDate(date, text);
    }

    /** An era's start and end, each as events.json spells a date. */
    record Span(String start, String end) {
    }

    static Span era(String era, Timeline.DateParts start, Timeline.DateParts end) throws ImportFailure {
        Point from = point(era, start);
        Point to = point(era, end);
        if (to.lastDay().isBefore(from.firstDay())) {
            throw end.where().failure(era + ": its end date is before its start date");
        }
        return new Span(from.spelt(), to.spelt());
    }

    private static String shown(Timeline.DateParts parts, Point point) {
        return parts.displayDate() != null ? parts.displayDate() : point.told();
    }

    private static Point point(String slide, Timeline.DateParts parts) throws ImportFailure {
        String which = slide + ": " + parts.field();
        if (parts.year() == null) {
            throw parts.where().failure(which + " has no year");
        }
        int year = parts.year();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            String kind = year < FIRST_YEAR ? " (before the year 1: BCE)" : "";
            throw parts.where().failure(which + " is in the year " + year + kind + ", which this kiosk's timeline"
                    + " cannot place: it shows the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        if (parts.day() != null && parts.month() == null) {
            throw parts.where().failure(which + " has a day but no month");
        }
        try {
            Point point = new Point(year, parts.month(), parts.day(), parts.hour(), parts.minute());
            point.firstDay(); // throws for a month or day that does not exist
            if (parts.hour() != null) {
                LocalTime.of(parts.hour(), parts.minute() == null ? 0 : parts.minute(),
                        parts.second() == null ? 0 : parts.second(),
                        parts.millisecond() == null ? 0 : parts.millisecond() * 1_000_000);
            }
            return point;
        } catch (DateTimeException impossible) {
            throw parts.where().failure(which + " is not a real date or time (" + impossible.getMessage() + ")");
        }
    }
}
