package org.zhanaozen.kiosk.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.zhanaozen.kiosk.content.Event;

/**
 * Where the event cards go along the time axis, so that no two cards overlap: each card takes the first row with room
 * for it, and an event for which no row has room is collapsed into a group card ("3 events"). Groups are formed along
 * the whole 2011–2013 axis for one zoom step, not just the visible part, so scrolling and zooming within the step only
 * move them and never regroup; the visible ones are then found by binary search, which keeps a frame's work
 * proportional to what is on screen. Positions are in epoch days, so one grouping serves every zoom of its step.
 */
final class TimelineLayout {

    /**
     * One card: a single event or a collapsed group. {@code position} is the day where the card starts; the marker
     * spans the days its events cover, from {@code markerStart} to {@code markerEnd} (exclusive); {@code marks} are
     * its marks on the phase strips. {@code key} stays the same while the grouping does, so the view can keep a
     * card's node across frames.
     */
    record Group(String key, int row, List<Event> members, double position, double markerStart, double markerEnd,
                 List<Mark> marks) {

        boolean isSingle() {
            return members.size() == 1;
        }
    }

    /**
     * A group's mark on one phase's strip, from {@code start} to {@code end} in epoch days (exclusive): a single day
     * is a {@code point}, anything longer or several events a bar over their days. Worked out once per grouping, so
     * a frame only converts days to pixels.
     */
    record Mark(String key, String phase, double start, double end, boolean point) {
    }

    /** A group on screen: its card's start in pixels from the visible start (slid to stay in view along a span). */
    record Placed(Group group, double cardPosition) {
    }

    private final double cardLength;
    private final double gap;
    private final List<List<Group>> rows = new ArrayList<>();
    /** The longest marker in each row, in days, which bounds how far left of the view a visible group can start. */
    private final double[] longestMarker;
    /** The least scale at which no two cards of a row overlap: at most the scale the grouping was made for. */
    private final double leastPixelsPerDay;

    /**
     * @param events       in date order
     * @param rows         how many rows (or columns, on a portrait screen) of cards fit across the axis
     * @param pixelsPerDay the scale the cards must not overlap at; they do not overlap at any larger scale either
     * @param cardLength   a card's length along the axis, in pixels
     * @param gap          the least space between two cards, in pixels
     */
    TimelineLayout(List<Event> events, Predicate<Event> shown, int rows, double pixelsPerDay, double cardLength,
                   double gap) {
        this.cardLength = cardLength;
        this.gap = gap;
        this.longestMarker = new double[rows];
        double roomDays = (cardLength + gap) / pixelsPerDay;
        // A card starting closer than its length to the end of 2013 starts earlier, so it never runs off the axis.
        double latestStart = TimelineModel.END_DAY.toEpochDay() - cardLength / pixelsPerDay;
        List<List<Builder>> byRow = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            byRow.add(new ArrayList<>());
        }
        for (Event event : events) {
            if (shown.test(event)) {
                place(event, byRow, roomDays, latestStart);
            }
        }
        for (int i = 0; i < rows; i++) {
            int row = i;
            List<Group> groups = byRow.get(row).stream().map(b -> b.build(row)).toList();
            this.rows.add(groups);
            longestMarker[row] = groups.stream().mapToDouble(g -> g.markerEnd() - g.markerStart()).max().orElse(0);
        }
        double closestDays = Double.MAX_VALUE;
        for (List<Group> groups : this.rows) {
            for (int i = 1; i < groups.size(); i++) {
                closestDays = Math.min(closestDays, groups.get(i).position() - groups.get(i - 1).position());
            }
        }
        leastPixelsPerDay = (cardLength + gap) / closestDays;
    }

    /** Whether these cards, made for one scale, still do not overlap at {@code pixelsPerDay}. */
    boolean fitsAt(double pixelsPerDay) {
        return pixelsPerDay >= leastPixelsPerDay;
    }

    /**
     * Puts an event's card in the first row with room for it; when no row has room, it joins the card that
     * started last, which becomes a group. Cards never change size, so joining never makes two overlap.
     */
    private static void place(Event event, List<List<Builder>> rows, double roomDays, double latestStart) {
        double start = event.date().start().toEpochDay();
        double end = event.date().end().toEpochDay() + 1;
        double position = Math.min(start, latestStart);
        Builder latest = null;
        for (List<Builder> row : rows) {
            Builder last = row.isEmpty() ? null : row.get(row.size() - 1);
            if (last == null || position >= last.position + roomDays) {
                row.add(new Builder(event, position, start, end));
                return;
            }
            if (latest == null || last.position > latest.position) {
                latest = last;
            }
        }
        latest.add(event, start, end);
    }

    private static final class Builder {
        private final List<Event> members = new ArrayList<>();
        private final double position;
        private double markerStart;
        private double markerEnd;

        Builder(Event first, double position, double start, double end) {
            members.add(first);
            this.position = position;
            markerStart = start;
            markerEnd = end;
        }

        void add(Event event, double start, double end) {
            members.add(event);
            markerStart = Math.min(markerStart, start);
            markerEnd = Math.max(markerEnd, end);
        }

        Group build(int row) {
            String key = members.size() == 1 ? members.get(0).id() : row + "/" + members.get(0).id() + "/" + members.size();
            // One mark per phase, in the order its events come: a group's events of one phase share a bar.
            Map<String, double[]> extents = new LinkedHashMap<>();
            for (Event event : members) {
                double start = event.date().start().toEpochDay();
                double end = event.date().end().toEpochDay() + 1;
                extents.merge(event.phase(), new double[] {start, end, event.date().isPoint() ? 1 : 0},
                        (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), 0});
            }
            List<Mark> marks = extents.entrySet().stream().map(e -> new Mark(key + "@" + e.getKey(), e.getKey(),
                    e.getValue()[0], e.getValue()[1], e.getValue()[2] == 1)).toList();
            return new Group(key, row, List.copyOf(members), position, markerStart, markerEnd, marks);
        }
    }

    int rowCount() {
        return rows.size();
    }

    /** Every group of a row, in axis order. */
    List<Group> groups(int row) {
        return rows.get(row);
    }

    /**
     * The groups whose card or marker shows in the {@code viewDays} from {@code viewStart} (an epoch day) at
     * {@code pixelsPerDay}. A card whose events span beyond the view's start slides right to stay readable, as far
     * as its span and the next card allow.
     */
    List<Placed> visible(double viewStart, double viewDays, double pixelsPerDay) {
        double viewEnd = viewStart + viewDays;
        double cardDays = cardLength / pixelsPerDay;
        double gapDays = gap / pixelsPerDay;
        List<Placed> placed = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<Group> groups = rows.get(row);
            int first = firstAtOrAfter(groups, viewStart - Math.max(cardDays, longestMarker[row]));
            for (int i = first; i < groups.size() && groups.get(i).position() < viewEnd; i++) {
                Group g = groups.get(i);
                double limit = Math.min(g.markerEnd() - cardDays,
                        i + 1 < groups.size() ? groups.get(i + 1).position() - cardDays - gapDays : Double.MAX_VALUE);
                double card = Math.max(g.position(), Math.min(viewStart, limit));
                boolean cardShows = card + cardDays > viewStart;
                boolean markerShows = g.markerEnd() > viewStart;
                if (cardShows || markerShows) {
                    placed.add(new Placed(g, (card - viewStart) * pixelsPerDay));
                }
            }
        }
        return placed;
    }

    private static int firstAtOrAfter(List<Group> groups, double position) {
        int low = 0;
        int high = groups.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (groups.get(mid).position() < position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
