package org.zhanaozen.kiosk.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision the source gives it: a day, a month, a range of months, or a whole year.
 * {@code start} and {@code end} are the first and last day the date covers (equal for a day).
 */
public record EventDate(Precision precision, LocalDate start, LocalDate end) implements Comparable<EventDate> {

    public enum Precision { DAY, MONTH, MONTH_RANGE, YEAR }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTH_RANGE = Pattern.compile("(\\d{4})-(\\d{2})/(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /**
     * Parses {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY-MM/YYYY-MM} or {@code YYYY}.
     *
     * @throws IllegalArgumentException with a message fit to show staff, for a malformed or impossible date
     */
    public static EventDate parse(String text) {
        try {
            Matcher m;
            if ((m = DAY.matcher(text)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return new EventDate(Precision.DAY, day, day);
            }
            if ((m = MONTH.matcher(text)).matches()) {
                YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
                return new EventDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            if ((m = MONTH_RANGE.matcher(text)).matches()) {
                YearMonth from = YearMonth.of(num(m, 1), num(m, 2));
                YearMonth to = YearMonth.of(num(m, 3), num(m, 4));
                if (!to.isAfter(from)) {
                    throw new IllegalArgumentException("the range \"" + text + "\" must end after it starts");
                }
                return new EventDate(Precision.MONTH_RANGE, from.atDay(1), to.atEndOfMonth());
            }
            if ((m = YEAR.matcher(text)).matches()) {
                int year = num(m, 1);
                return new EventDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (java.time.DateTimeException impossible) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date (" + impossible.getMessage() + ")");
        }
        throw new IllegalArgumentException("\"" + text
                + "\" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-MM/YYYY-MM or YYYY");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The middle of the covered period, for placing a span by a single point. */
    public LocalDate midpoint() {
        return start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
    }

    public boolean isPoint() {
        return precision == Precision.DAY;
    }

    /** Story order: by start, then the shorter period first (a day before the year that contains it). */
    @Override
    public int compareTo(EventDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
