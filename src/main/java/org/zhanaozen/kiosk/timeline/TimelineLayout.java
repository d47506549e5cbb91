package org.zhanaozen.kiosk.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.ui.Messages;

/**
 * Where the event cards go along the time axis, so that no two cards overlap: each card takes the first row with room
 * for it, and an event for which no row has room is collapsed into a group card that lists its events' titles. An event
 * the content marks {@code neverGrouped} is never folded: with no room at its date its card starts a little later, where
 * a row has room (its marker stays at its date). Groups are formed along
 * the whole 2011–2013 axis for one zoom step, not just the visible part, so scrolling and zooming within the step only
 * move them and never regroup; the visible ones are then found by binary search, which keeps a frame's work
 * proportional to what is on screen. Positions are in epoch days, so one grouping serves every zoom of its step.
 */
final class TimelineLayout {

    /**
     * One card: a single event or a collapsed group. {@code position} is the day where the card starts; the marker
     * spans the days its events cover, from {@code markerStart} to {@code markerEnd} (exclusive); {@code marks} are
     * its marks on the phase strips. {@code key} stays the same while the grouping does, so the view can keep a
     * card's node across frames. {@code titleLines} are what a group card lists: its events' titles, as many as
     * fit, then "+N more"; worked out once per grouping (empty for a single event).
     */
    record Group(String key, int row, List<Event> members, double position, double markerStart, double markerEnd,
                 List<Mark> marks, List<String> titleLines) {

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
     * @param axisEnd      the day after the axis's last, as an epoch day
     * @param rows         how many rows (or columns, on a portrait screen) of cards fit across the axis
     * @param pixelsPerDay the scale the cards must not overlap at; they do not overlap at any larger scale either
     * @param cardLength   a card's length along the axis, in pixels
     * @param gap          the least space between two cards, in pixels
     * @param titleLines   how many lines of titles a group card has room for
     * @param fitsOnALine  whether a title shows whole on one line of a group card
     */
    TimelineLayout(List<Event> events, double axisEnd, Predicate<Event> shown, int rows, double pixelsPerDay,
                   double cardLength, double gap, int titleLines, Predicate<String> fitsOnALine) {
        this.cardLength = cardLength;
        this.gap = gap;
        this.longestMarker = new double[rows];
        double roomDays = (cardLength + gap) / pixelsPerDay;
        // A card starting closer than its length to the axis's end starts earlier, so it never runs off the axis.
        double latestStart = axisEnd - cardLength / pixelsPerDay;
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
            List<Group> groups = byRow.get(row).stream().map(b -> b.build(row, titleLines, fitsOnALine)).toList();
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
     * Puts an event's card in the first row with room for it; when no row has room, it joins the card that started
     * last, which becomes a group. Cards never change size, so joining never makes two overlap. A key event (and any
     * event with only key cards to join) instead gets a card of its own in the row that has room soonest.
     */
    private static void place(Event event, List<List<Builder>> rows, double roomDays, double latestStart) {
        double start = event.date().start().toEpochDay();
        double end = event.date().end().toEpochDay() + 1;
        double position = Math.min(start, latestStart);
        Builder latest = null;
        List<Builder> soonestFree = null;
        for (List<Builder> row : rows) {
            Builder last = row.isEmpty() ? null : row.get(row.size() - 1);
            if (last == null || position >= last.position + roomDays) {
                row.add(new Builder(event, position, start, end));
                return;
            }
            if (!last.isKey() && (latest == null || last.position > latest.position)) {
                latest = last;
            }
            if (soonestFree == null || last.position < soonestFree.get(soonestFree.size() - 1).position) {
                soonestFree = row;
            }
        }
        if (latest != null && !event.neverGrouped()) {
            latest.add(event, start, end);
        } else {
            soonestFree.add(new Builder(event, soonestFree.get(soonestFree.size() - 1).position + roomDays, start, end));
        }
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

        /** A key event's card, which nothing joins. */
        boolean isKey() {
            return members.get(0).neverGrouped();
        }

        void add(Event event, double start, double end) {
            members.add(event);
            markerStart = Math.min(markerStart, start);
            markerEnd = Math.max(markerEnd, end);
        }

        Group build(int row, int titleLines, Predicate<String> fitsOnALine) {
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
            return new Group(key, row, List.copyOf(members), position, markerStart, markerEnd, marks,
                titleLines(titleLines, fitsOnALine));
        }

        /** The titles in date order while each shows whole on its line and room is left, then "+N more". */
        private List<String> titleLines(int lines, Predicate<String> fitsOnALine) {
            if (members.size() == 1) {
                return List.of();
            }
            List<String> shown = new ArrayList<>();
            for (Event member : members) {
                if (shown.size() == lines || !fitsOnALine.test(member.title())) {
                    break;
                }
                shown.add(member.title());
            }
            if (shown.size() < members.size()) {
                if (shown.size() == lines) {
                    shown.remove(shown.size() - 1);
                }
                shown.add(Messages.text("timeline.group.more", members.size() - shown.size()));
            }
            return List.copyOf(shown);
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
     * as its span and the next card allow; a card whose event is in view but which would run past the view's end
     * slides left to end a gap before the edge, as far as the card before it allows, so it shows whole.
     */
    List<Placed> visible(double viewStart, double viewDays, double pixelsPerDay) {
        double viewEnd = viewStart + viewDays;
        double cardDays = cardLength / pixelsPerDay;
        double gapDays = gap / pixelsPerDay;
        List<Placed> placed = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<Group> groups = rows.get(row);
            int first = firstAtOrAfter(groups, viewStart - Math.max(cardDays, longestMarker[row]));
            double previousCardEnd = -Double.MAX_VALUE;
            for (int i = first; i < groups.size() && groups.get(i).position() < viewEnd; i++) {
                Group g = groups.get(i);
                double limit = Math.min(g.markerEnd() - cardDays,
                        i + 1 < groups.size() ? groups.get(i + 1).position() - cardDays - gapDays : Double.MAX_VALUE);
                double card = Math.max(g.position(), Math.min(viewStart, limit));
                if (card + cardDays + gapDays > viewEnd && g.markerStart() < viewEnd) {
                    card = Math.max(Math.max(previousCardEnd + gapDays, viewStart),
                            Math.min(card, viewEnd - cardDays - gapDays));
                }
                previousCardEnd = card + cardDays;
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
