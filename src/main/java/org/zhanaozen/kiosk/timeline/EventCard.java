package org.zhanaozen.kiosk.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zhanaozen.kiosk.content.Event;
import org.zhanaozen.kiosk.content.Phase;

/**
 * A card on the timeline: one event (its date as the source gives it and its title) or a collapsed group ("3 events"
 * and the months they cover). Cards are pooled and rebound as the visitor scrolls, so only visible ones exist.
 */
final class EventCard extends VBox {

    private final Map<String, Phase> phases;
    private final HBox badges = new HBox();
    private final Label date = new Label();
    private final Label title = new Label();
    private TimelineLayout.Group group;

    EventCard(Map<String, Phase> phases, Consumer<TimelineLayout.Group> onTap) {
        this.phases = phases;
        getStyleClass().add("event-card");
        setManaged(false);
        badges.getStyleClass().add("event-card-badges");
        date.getStyleClass().add("event-card-date");
        title.getStyleClass().add("event-card-title");
        title.setWrapText(true);
        HBox top = new HBox(badges, date);
        top.getStyleClass().add("event-card-top");
        getChildren().addAll(top, title);
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

    void bind(TimelineLayout.Group newGroup) {
        group = newGroup;
        getStyleClass().removeIf(c -> c.startsWith("phase-") || c.equals("group-card"));
        List<Event> members = newGroup.members();
        List<Phase> present = members.stream().map(e -> phases.get(e.phase())).distinct()
                .sorted(java.util.Comparator.comparingInt(Phase::index)).toList();
        badges.getChildren().setAll(present.stream().map(PhaseStyles::badge).toList());
        if (newGroup.isSingle()) {
            Event event = members.get(0);
            setId("event-" + event.id());
            getStyleClass().add(PhaseStyles.styleClass(event.phase()));
            date.setText(event.dateText());
            title.setText(event.title());
        } else {
            setId("group-" + members.get(0).id());
            getStyleClass().add("group-card");
            date.setText(months(members));
            title.setText(members.size() + " events");
        }
    }

    /** The months a group covers, e.g. "May – June 2012" or "Dec 2011 – Jan 2012" (short, to fit a card). */
    static String months(List<Event> members) {
        LocalDate first = members.stream().map(e -> e.date().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = members.stream().map(e -> e.date().end()).max(LocalDate::compareTo).orElseThrow();
        String firstMonth = first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String lastMonth = last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (first.getYear() != last.getYear()) {
            return first.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + first.getYear() + " – "
                    + last.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + last.getYear();
        }
        return first.getMonth() == last.getMonth()
                ? firstMonth + " " + first.getYear()
                : firstMonth + " – " + lastMonth + " " + first.getYear();
    }
}
