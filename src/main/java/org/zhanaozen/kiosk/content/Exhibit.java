package org.zhanaozen.kiosk.content;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole, validated exhibit: what every screen reads. Built only by {@link ContentLoader} once every
 * cross-reference has been checked, so screens can look ids up without handling missing ones.
 * Events are held in the content's order, which is the source's story order (a year-only entry such as
 * "2013" keeps its place in the story rather than sorting by its first day).
 */
public final class Exhibit {

    private final Path folder;
    private final ExhibitInfo info;
    private final List<Phase> phases;
    private final String phaseNote;
    private final List<Event> events;
    private final List<Place> places;
    private final List<Person> people;
    private final Accusations accusations;
    private final Demands demands;
    private final Tour tour;
    private final Openings openings;
    private final List<Era> eras;
    private final Map<String, Phase> phasesById;
    private final Map<String, Event> eventsById;
    private final Map<String, Place> placesById;
    private final Map<String, Person> peopleById;

    public Exhibit(Path folder, ExhibitInfo info, List<Phase> phases, String phaseNote, List<Event> events,
                   List<Place> places, List<Person> people, Accusations accusations, Demands demands) {
        this(folder, info, phases, phaseNote, events, places, people, accusations, demands, null,
                new Openings(places.isEmpty() ? null : places.get(0).id(), Openings.DEFAULT_MAP_ZOOM,
                        Optional.empty(), Optional.empty()), List.of());
    }

    private Exhibit(Path folder, ExhibitInfo info, List<Phase> phases, String phaseNote, List<Event> events,
                    List<Place> places, List<Person> people, Accusations accusations, Demands demands, Tour tour,
                    Openings openings, List<Era> eras) {
        this.folder = folder;
        this.info = info;
        this.phases = List.copyOf(phases);
        this.phaseNote = phaseNote;
        this.events = List.copyOf(events);
        this.places = List.copyOf(places);
        this.people = List.copyOf(people);
        this.accusations = accusations;
        this.demands = demands;
        this.tour = tour;
        this.openings = openings;
        this.eras = List.copyOf(eras);
        this.phasesById = index(this.phases, Phase::id);
        this.eventsById = index(this.events, Event::id);
        this.placesById = index(this.places, Place::id);
        this.peopleById = index(this.people, Person::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return Map.copyOf(byId);
    }

    /** The content folder this exhibit was read from. */
    public Path folder() {
        return folder;
    }

    public ExhibitInfo info() {
        return info;
    }

    public List<Phase> phases() {
        return phases;
    }

    /** Why each event sits in its phase, or null when the content does not say. */
    public String phaseNote() {
        return phaseNote;
    }

    /** All events in story order. */
    public List<Event> events() {
        return events;
    }

    public List<Place> places() {
        return places;
    }

    public List<Person> people() {
        return people;
    }

    public List<Person> victims() {
        return people.stream().filter(Person::isVictim).toList();
    }

    public List<Person> accused() {
        return people.stream().filter(Person::isAccused).toList();
    }

    public Accusations accusations() {
        return accusations;
    }

    public Demands demands() {
        return demands;
    }

    /** The same exhibit with a guided tour (the tour is optional content: tour.json). */
    public Exhibit withTour(Tour guidedTour) {
        return new Exhibit(folder, info, phases, phaseNote, events, places, people, accusations, demands, guidedTour,
                openings, eras);
    }

    /** The same exhibit with what its content says about the map. */
    public Exhibit withOpenings(Openings ways) {
        return new Exhibit(folder, info, phases, phaseNote, events, places, people, accusations, demands, tour, ways,
                eras);
    }

    /** Where the map opens, and the reach lines the content asks for. */
    public Openings openings() {
        return openings;
    }

    /** The place the map opens on. */
    public Place home() {
        return placesById.get(openings.home());
    }

    /** The same exhibit with eras: named spans of the story that the timeline draws along its axis. */
    public Exhibit withEras(List<Era> storyEras) {
        return new Exhibit(folder, info, phases, phaseNote, events, places, people, accusations, demands, tour,
                openings, storyEras);
    }

    /** The story's eras in the content's order (none unless events.json has some). */
    public List<Era> eras() {
        return eras;
    }

    /**
     * Whether this content has something for the screen: home and the timeline always, the map with places, the
     * people screen with victims or accused, the demands, context and closing screens with their texts. The kiosk
     * builds only these screens, and a tour step may name only these.
     */
    public boolean hasScreen(ScreenId screen) {
        return screensFor(info, places, people, demands).contains(screen);
    }

    static Set<ScreenId> screensFor(ExhibitInfo info, List<Place> places, List<Person> people, Demands demands) {
        Set<ScreenId> screens = EnumSet.of(ScreenId.HOME, ScreenId.TIMELINE);
        if (!places.isEmpty()) {
            screens.add(ScreenId.MAP);
        }
        if (people.stream().anyMatch(person -> person.isVictim() || person.isAccused())) {
            screens.add(ScreenId.PEOPLE);
        }
        if (!demands.lists().isEmpty()) {
            screens.add(ScreenId.DEMANDS);
        }
        if (!info.contextNotes().isEmpty()) {
            screens.add(ScreenId.CONTEXT);
        }
        if (info.closing() != null) {
            screens.add(ScreenId.CLOSING);
        }
        return screens;
    }

    /** The guided tour for presentation mode, when the content has one. */
    public Optional<Tour> tour() {
        return Optional.ofNullable(tour);
    }

    public Optional<Phase> phase(String id) {
        return Optional.ofNullable(phasesById.get(id));
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(placesById.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(peopleById.get(id));
    }

    /** Events that happened at a place, in story order. */
    public List<Event> eventsAt(String placeId) {
        return events.stream().filter(e -> e.places().contains(placeId)).toList();
    }

    /** Events that concern a place without happening there, in story order. */
    public List<Event> eventsInvolving(String placeId) {
        return events.stream().filter(e -> e.involvedPlaces().contains(placeId)).toList();
    }

    /** Events that concern a person, in story order. */
    public List<Event> eventsAbout(String personId) {
        return events.stream().filter(e -> e.people().contains(personId)).toList();
    }

    /** People named in the events at a place, in first-mention order. */
    public List<Person> peopleAt(String placeId) {
        return eventsAt(placeId).stream().flatMap(e -> e.people().stream()).distinct()
                .map(peopleById::get).toList();
    }

    /** Places named in the events that concern a person, in first-mention order. */
    public List<Place> placesOf(String personId) {
        return eventsAbout(personId).stream().flatMap(e -> e.places().stream()).distinct()
                .map(placesById::get).toList();
    }
}
