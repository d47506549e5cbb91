package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;

/**
 * A card on the timeline: one event (its date as the source gives it and its title) or a collapsed group (the months
 * it covers and its events' titles, one a line, as many as fit, then "+N more"). Cards are pooled and rebound as the visitor scrolls, so only visible ones exist. A
 * rebind changes texts, which phase badges show and the card's look, which is pseudo-classes (its event's phase, or
 * {@code :group}): no id or style class ever changes, as that would make JavaFX match the card's styles again.
 */
final class EventCard extends VBox {

    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    /** The most lines of titles a group card lists. */
    static final int MAX_GROUP_LINES = 4;

    /** One badge per phase, in story order, made once; a card shows those of its events. */
    private final Map<String, Label> badgesByPhase = new LinkedHashMap<>();
    /** Each phase's look, by id, made once. */
    private final Map<String, PseudoClass> looksByPhase = new LinkedHashMap<>();
    private final Label date = new Label();
    private final Label title = new Label();
    /** A group's lines, made once; a card shows as many as its group lists. */
    private final List<Label> groupLines = new ArrayList<>();
    private TimelineLayout.Group group;
    /** Its event's phase, or {@code :group}. */
    private PseudoClass look;
    /** A group's months, and its years for a card where the months do not fit beside its badges. */
    private String groupMonths;
    private String groupYears;
    /** Measures a group's months in the date's font. */
    private final Text measure = new Text();

    EventCard(List<Phase> phases, Consumer<TimelineLayout.Group> onTap) {
        getStyleClass().add("event-card");
        setManaged(false);
        // Scrolling only moves a card: keeping its rendering as a bitmap saves redrawing its text every frame.
        setCache(true);
        HBox badges = new HBox();
        badges.getStyleClass().add("event-card-badges");
        for (Phase phase : phases.stream().sorted(Comparator.comparingInt(Phase::index)).toList()) {
            Label badge = PhaseStyles.badge(phase);
            badge.managedProperty().bind(badge.visibleProperty());
            badgesByPhase.put(phase.id(), badge);
            looksByPhase.put(phase.id(), PhaseStyles.pseudoClass(phase));
            badges.getChildren().add(badge);
        }
        date.getStyleClass().add("event-card-date");
        title.getStyleClass().add("event-card-title");
        title.setWrapText(true);
        HBox top = new HBox(badges, date);
        top.getStyleClass().add("event-card-top");
        title.managedProperty().bind(title.visibleProperty());
        getChildren().addAll(top, title);
        for (int i = 0; i < MAX_GROUP_LINES; i++) {
            Label line = new Label();
            line.getStyleClass().add("event-card-group-line");
            line.managedProperty().bind(line.visibleProperty());
            groupLines.add(line);
            getChildren().add(line);
        }
        // A tap opens the card; a drag that started on it scrolls the timeline instead.
        setOnMouseClicked(e -> {
            if (e.isStillSincePress() && group != null) {
                onTap.accept(group);
            }
        });
    }

    TimelineLayout.Group group() {
        return group;
    }

    /** Shows a group; returns whether the card's look changed (or it is new), so it needs its CSS before it shows. */
    boolean bind(TimelineLayout.Group newGroup) {
        if (newGroup == group) {
            return false;
        }
        group = newGroup;
        List<Event> members = newGroup.members();
        badgesByPhase.forEach((phase, badge) ->
                badge.setVisible(newGroup.marks().stream().anyMatch(mark -> mark.phase().equals(phase))));
        title.setVisible(newGroup.isSingle());
        if (newGroup.isSingle()) {
            Event event = members.get(0);
            date.setText(event.shownDate());
            title.setText(event.title());
        } else {
            groupMonths = months(members, TextStyle.SHORT);
            groupYears = years(members);
            date.setText(groupMonths);
        }
        List<String> lines = newGroup.titleLines();
        for (int i = 0; i < groupLines.size(); i++) {
            Label line = groupLines.get(i);
            line.setVisible(i < lines.size());
            line.setText(i < lines.size() ? lines.get(i) : null);
        }
        PseudoClass newLook = newGroup.isSingle() ? looksByPhase.get(members.get(0).phase()) : GROUP;
        boolean restyled = newLook != look;
        look = PhaseStyles.switchPseudoClass(this, look, newLook);
        return restyled;
    }

    /**
     * A group across years may find its months longer than the room beside its badges (many phases in it, a narrow
     * card): then it names its years, whole, rather than months cut short.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (group == null || group.isSingle() || getWidth() <= 0) {
            return;
        }
        Region top = (Region) date.getParent();
        double room = top.getWidth() - top.snappedLeftInset() - top.snappedRightInset() - date.getLayoutX()
                - date.snappedLeftInset() - date.snappedRightInset();
        measure.setFont(date.getFont());
        measure.setText(groupMonths);
        String wanted = measure.getLayoutBounds().getWidth() <= room + 0.5 ? groupMonths : groupYears;
        if (!wanted.equals(date.getText())) {
            date.setText(wanted);
        }
    }

    /** The years a group covers: "2012 – 2013", or one year. */
    static String years(List<Event> members) {
        int first = members.stream().mapToInt(e -> e.date().start().getYear()).min().orElseThrow();
        int last = members.stream().mapToInt(e -> e.date().end().getYear()).max().orElseThrow();
        return first == last ? Integer.toString(first) : first + " – " + last;
    }

    /**
     * The months a group covers, e.g. "May – June 2012" ({@code FULL}), "May – Jun 2012" ({@code SHORT}, to fit a
     * card beside its badges) or, across a new year, always short: "Dec 2011 – Jan 2012".
     */
    static String months(List<Event> members, TextStyle style) {
        return months(members.stream().map(e -> e.date().start()).min(LocalDate::compareTo).orElseThrow(),
                members.stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElseThrow(), style);
    }

    /** The months from {@code first} to {@code last}, written as {@link #months(List, TextStyle)} writes a group's. */
    static String months(LocalDate first, LocalDate last, TextStyle style) {
        if (first.getYear() != last.getYear()) {
            return first.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + first.getYear() + " – "
                    + last.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + last.getYear();
        }
        String firstMonth = first.getMonth().getDisplayName(style, Locale.ENGLISH);
        return first.getMonth() == last.getMonth()
                ? firstMonth + " " + first.getYear()
                : firstMonth + " – " + last.getMonth().getDisplayName(style, Locale.ENGLISH) + " " + first.getYear();
    }
}
