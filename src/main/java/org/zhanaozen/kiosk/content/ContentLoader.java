package org.zhanaozen.kiosk.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads and checks a content folder (the format is described in data/README.md). Never throws: everything wrong,
 * in every file, becomes a {@link Problem}, and only content without any problem becomes an {@link Exhibit}.
 */
public final class ContentLoader {

    static final String EXHIBIT = "exhibit.json";
    static final String EVENTS = "events.json";
    /** Optional, as are people and demands: a timeline without them is an exhibit too (the screens follow). */
    static final String PLACES = "places.json";
    static final String PEOPLE = "people.json";
    static final String DEMANDS = "demands.json";
    /** Optional: the guided tour for presentation mode. */
    static final String TOUR = "tour.json";
    /** Optional: the offline base map, an MBTiles file ({@code --validate} checks it too: {@link BaseMapCheck}). */
    public static final Path BASE_MAP = Path.of("map", "basemap.mbtiles");
    /** The top-level field naming a content file's JSON Schema, for editors. */
    public static final String SCHEMA_REFERENCE = "$schema";
    /** The files in the order their problems are listed. */
    static final List<String> FILES = List.of(EXHIBIT, EVENTS, PLACES, PEOPLE, DEMANDS, TOUR);

    private static final List<String> PLACE_KINDS = List.of("town", "city", "oil-site", "country", "region");

    private final Path folder;
    private final List<Problem> problems = new ArrayList<>();

    private ContentLoader(Path folder) {
        this.folder = folder;
    }

    public static LoadResult load(Path folder) {
        if (folder == null) {
            return LoadResult.withProblems(List.of(Problem.about("(none)", "no content folder given")));
        }
        try {
            return new ContentLoader(folder.toAbsolutePath().normalize()).load();
        } catch (RuntimeException unexpected) {
            return LoadResult.withProblems(List.of(Problem.about(folder.toString(),
                    "internal error while reading the content: " + describe(unexpected))));
        }
    }

    /** An unexpected exception's message, for one line of output: never a stack trace. */
    static String describe(Exception unexpected) {
        return unexpected.getMessage() != null ? unexpected.getMessage() : "unexpected " + unexpected.getClass().getSimpleName();
    }

    private LoadResult load() {
        if (!Files.exists(folder)) {
            return LoadResult.withProblems(List.of(Problem.about(folder.toString(), "the content folder does not exist")));
        }
        if (!Files.isDirectory(folder)) {
            return LoadResult.withProblems(List.of(Problem.about(folder.toString(), "is not a folder")));
        }
        // Places and people first: events refer to them.
        Optional<PlacesFile> placesFile = readOptionalFile(PLACES, this::placesFile,
                new PlacesFile(null, Openings.DEFAULT_MAP_ZOOM, List.of()));
        Optional<List<Place>> places = placesFile.map(PlacesFile::places);
        Optional<PeopleFile> people = readOptionalFile(PEOPLE, this::peopleFile,
                new PeopleFile(List.of(), new Accusations(null, List.of())));
        Optional<Set<String>> placeIds = places.map(list -> ids(list, Place::id));
        Optional<Set<String>> personIds = people.map(file -> ids(file.people(), Person::id));
        Optional<EventsFile> events = readFile(EVENTS, root -> eventsFile(root, placeIds, personIds));
        Optional<ExhibitInfo> info = readFile(EXHIBIT, this::exhibitInfo);
        Optional<Demands> demands = readOptionalFile(DEMANDS, this::demands, new Demands(null, List.of()));
        // The screens a step may name: the ones this content has (known once the files they depend on are read).
        Optional<Set<ScreenId>> screens = info.flatMap(i -> places.flatMap(p -> people.flatMap(pe -> demands.map(d ->
                Exhibit.screensFor(i, p, pe.people(), d)))));
        Optional<Tour> tour = Files.exists(folder.resolve(TOUR))
                ? readFile(TOUR, root -> tour(root, events.map(f -> ids(f.events(), Event::id)), placeIds, personIds,
                        screens))
                : Optional.empty();

        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt((Problem p) -> FILES.indexOf(p.file()))
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            return LoadResult.withProblems(problems);
        }
        return LoadResult.of(new Exhibit(folder, info.orElseThrow(), events.orElseThrow().phases(),
                events.orElseThrow().phaseNote(), events.orElseThrow().events(), places.orElseThrow(),
                people.orElseThrow().people(), people.orElseThrow().accusations(), demands.orElseThrow())
                .withTour(tour.orElse(null))
                .withOpenings(new Openings(placesFile.orElseThrow().home(), placesFile.orElseThrow().openingZoom(),
                        events.orElseThrow().reachLines(), events.orElseThrow().opening()))
                .withEras(events.orElseThrow().eras()));
    }

    /** The file's content, absent if it could not be read at all; problems inside it are recorded either way. */
    private <T> Optional<T> readFile(String name, Function<JsonObject, T> reader) {
        return JsonFile.read(folder, name, problems).root().flatMap(root -> root.object(file -> {
            T read = reader.apply(file);
            // Where editors find the file's JSON Schema (data/schemas): allowed in every file, and nothing to the kiosk.
            file.optionalText(SCHEMA_REFERENCE);
            return read;
        }));
    }

    /** As {@link #readFile}, for a file the content may leave out: without it, {@code none}. */
    private <T> Optional<T> readOptionalFile(String name, Function<JsonObject, T> reader, T none) {
        return Files.exists(folder.resolve(name)) ? readFile(name, reader) : Optional.of(none);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> idOf) {
        return items.stream().map(idOf).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    // --- exhibit.json

    private ExhibitInfo exhibitInfo(JsonObject o) {
        return new ExhibitInfo(
                o.text("title"),
                o.optionalText("nameMeaning"),
                o.optionalTexts("introduction"),
                o.optionalObjectsWithIds("keyFigures", this::keyFigure, KeyFigure::id),
                o.optionalObject("pressFreedom", this::pressFreedom),
                o.optionalObjectsWithIds("contextNotes", this::contextNote, ContextNote::id),
                o.optionalText("victimsIntro"),
                o.optionalText("victimsClosing"),
                o.optionalObject("closing", this::closing),
                o.optional("sectionSummaries").object(ContentLoader::sectionSummaries).orElse(Map.of()),
                corrections(o));
    }

    /** Keyed by screen name; another key is reported as an unknown field. */
    private static Map<String, String> sectionSummaries(JsonObject o) {
        Map<String, String> summaries = new HashMap<>();
        for (String screen : ScreenId.ids()) {
            Optional.ofNullable(o.optionalText(screen)).ifPresent(text -> summaries.put(screen, text));
        }
        return summaries;
    }

    private KeyFigure keyFigure(JsonObject o) {
        return new KeyFigure(o.text("id"), o.text("value"), o.text("label"));
    }

    private PressFreedom pressFreedom(JsonObject o) {
        return new PressFreedom(o.objectsWithIds("ranks", this::pressFreedomRank, PressFreedomRank::id), o.text("text"));
    }

    private PressFreedomRank pressFreedomRank(JsonObject o) {
        String id = o.text("id");
        JsonValue rank = o.required("rank");
        int of = o.required("of").wholeNumber().orElse(0);
        int place = rank.wholeNumber().orElse(0);
        if (of > 0 && (place < 1 || place > of)) {
            rank.report("\"rank\" must be from 1 to \"of\" (" + of + "), not " + place);
        }
        return new PressFreedomRank(id, place, of, o.text("text"));
    }

    private ContextNote contextNote(JsonObject o) {
        return new ContextNote(o.text("id"), o.text("heading"), o.text("text"));
    }

    private Closing closing(JsonObject o) {
        return new Closing(o.text("call"), o.text("findOutMore"),
                o.optional("url").parsedText(ContentLoader::webAddress).orElse(null));
    }

    private static String webAddress(String text) {
        String expected = "must be an absolute http(s) address such as https://example.org/zhanaozen, not \"" + text + "\"";
        try {
            URI uri = new URI(text);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException(expected);
            }
            return text;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(expected);
        }
    }

    private List<Correction> corrections(JsonObject o) {
        return o.optionalObjects("corrections", c ->
                new Correction(c.text("field"), c.text("source"), c.text("corrected"), c.text("reason")));
    }

    // --- events.json

    private record EventsFile(List<Phase> phases, String phaseNote, Optional<Openings.ReachLines> reachLines,
                              Optional<TimelineOpening> opening, List<Event> events, List<Era> eras) {
    }

    private EventsFile eventsFile(JsonObject o, Optional<Set<String>> placeIds, Optional<Set<String>> personIds) {
        List<Phase> read = o.objectsWithIds("phases", p -> new Phase(p.text("id"), p.text("name"), -1), Phase::id);
        if (read.size() > Phase.SLOTS) {
            o.required("phases").report("at most " + Phase.SLOTS + " phases (the theme has " + Phase.SLOTS
                    + " phase colours, told apart with colour blindness), not " + read.size());
        }
        // A phase's index is its position in the list: the story's order.
        List<Phase> phases = IntStream.range(0, read.size())
                .mapToObj(i -> new Phase(read.get(i).id(), read.get(i).name(), i)).toList();
        Optional<Set<String>> phaseIds = Optional.of(ids(phases, Phase::id));
        String phaseNote = o.optionalText("phaseNote");
        Optional<Openings.ReachLines> reachLines = o.optional("reachLines").object(lines -> new Openings.ReachLines(
                reference(lines.required("from"), placeIds, "place", PLACES),
                reference(lines.required("phase"), phaseIds, "phase", "the phases above")));
        Optional<TimelineOpening> opening = o.optional("openingView").object(ContentLoader::timelineOpening);
        List<Event> events = o.objectsWithIds("events", e -> event(e, phaseIds, placeIds, personIds), Event::id);
        return new EventsFile(phases, phaseNote, reachLines, opening, events, o.optionalObjects("eras", this::era));
    }

    private static TimelineOpening timelineOpening(JsonObject o) {
        YearMonth from = o.required("from").parsedText(ContentLoader::month).orElse(null);
        JsonValue toValue = o.required("to");
        YearMonth to = toValue.parsedText(ContentLoader::month).orElse(null);
        if (from == null || to == null) {
            return null;
        }
        if (to.isBefore(from)) {
            toValue.report("\"to\" (" + to + ") is before \"from\" (" + from + ")");
            return null;
        }
        return new TimelineOpening(from, to);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a month as YYYY-MM, not \"" + text + "\"");
        }
    }

    private Era era(JsonObject o) {
        String name = o.text("name");
        EventDate start = o.required("start").parsedText(EventDate::parse).orElse(null);
        JsonValue endValue = o.required("end");
        EventDate end = endValue.parsedText(EventDate::parse).orElse(null);
        if (start != null && end != null && end.end().isBefore(start.start())) {
            endValue.report("\"end\" must not be before \"start\"");
        }
        return new Era(name, start, end);
    }

    private EventMedia media(JsonObject o) {
        return new EventMedia(o.required("file").parsedText(relative -> PortraitFiles.resolve(folder, relative)).orElse(null),
                o.optionalText("caption"), o.optionalText("credit"), o.optionalText("alt"));
    }

    private Event event(JsonObject o, Optional<Set<String>> phaseIds, Optional<Set<String>> placeIds,
                        Optional<Set<String>> personIds) {
        Event event = new Event(
                o.text("id"),
                o.required("date").parsedText(EventDate::parse).orElse(null),
                o.text("dateText"),
                reference(o.required("phase"), phaseIds, "phase", "the phases above"),
                o.text("title"),
                o.optionalText("text"),
                references(o.optional("places"), placeIds, "place", PLACES),
                references(o.optional("involvedPlaces"), placeIds, "place", PLACES),
                references(o.optional("people"), personIds, "person", PEOPLE),
                corrections(o),
                o.optional("neverGrouped").trueOrFalse().orElse(false),
                o.optionalObject("media", this::media));
        event.dateCorrection().filter(c -> event.dateText() != null && !c.source().equals(event.dateText()))
                .ifPresent(c -> o.report("the correction of \"dateText\" quotes \"" + c.source()
                        + "\", but \"dateText\" is \"" + event.dateText() + "\": it keeps the date as the source"
                        + " writes it, the correction what it should say"));
        event.places().stream().filter(event.involvedPlaces()::contains).forEach(both -> o.report("place \"" + both
                + "\" is in both \"places\" (where it happened) and \"involvedPlaces\": it is one or the other"));
        return event;
    }

    /** A list of ids, each checked against the ids that exist (when they could be read). */
    private static List<String> references(JsonValue list, Optional<Set<String>> known, String what, String where) {
        return list.elements(true).stream().map(id -> reference(id, known, what, where)).filter(Objects::nonNull).toList();
    }

    private static String reference(JsonValue id, Optional<Set<String>> known, String what, String where) {
        String text = id.text().orElse(null);
        if (text != null && known.isPresent() && !known.get().contains(text)) {
            id.report("unknown " + what + " \"" + text + "\" (not in " + where + ")");
        }
        return text;
    }

    // --- places.json

    private record PlacesFile(String home, double openingZoom, List<Place> places) {
    }

    private PlacesFile placesFile(JsonObject o) {
        JsonValue home = o.optional("home");
        double openingZoom = o.optional("openingZoom").number(0, Openings.MAX_MAP_ZOOM)
                .orElse(Openings.DEFAULT_MAP_ZOOM);
        List<Place> places = o.objectsWithIds("places", this::place, Place::id);
        String homeId = reference(home, Optional.of(ids(places, Place::id)), "place", "the places below");
        return new PlacesFile(homeId != null ? homeId : places.isEmpty() ? null : places.get(0).id(), openingZoom,
                places);
    }

    private Place place(JsonObject o) {
        return new Place(
                o.text("id"),
                o.text("name"),
                o.required("lat").number(-90, 90).orElse(Double.NaN),
                o.required("lon").number(-180, 180).orElse(Double.NaN),
                o.required("precision").choice(PlacePrecision.class).orElse(null),
                o.required("kind").choice(PLACE_KINDS).orElse(null),
                Optional.ofNullable(o.optionalText("locationNote")));
    }

    // --- people.json

    private record PeopleFile(List<Person> people, Accusations accusations) {
    }

    private PeopleFile peopleFile(JsonObject o) {
        return new PeopleFile(o.objectsWithIds("people", this::person, Person::id),
                o.object("accusations", this::accusations));
    }

    private Person person(JsonObject o) {
        String id = o.text("id");
        String name = o.text("name");
        String shortName = o.text("shortName");
        Set<Person.Group> groups = EnumSet.noneOf(Person.Group.class);
        o.required("groups").elements(true).forEach(group -> group.choice(Person.Group.class).ifPresent(groups::add));
        String role = o.optionalText("role");
        String story = o.optionalText("story");
        String outcome = o.optionalText("outcome");
        Path portrait = o.optional("portrait").parsedText(relative -> PortraitFiles.resolve(folder, relative))
                .orElse(null);
        String portraitCredit = o.optionalText("portraitCredit");
        List<Correction> corrections = corrections(o);
        if (groups.contains(Person.Group.VICTIM)) {
            // A victim gets a card, and the card shows all three.
            List<String> missing = new ArrayList<>();
            if (role == null) {
                missing.add("role");
            }
            if (story == null) {
                missing.add("story");
            }
            if (outcome == null) {
                missing.add("outcome");
            }
            if (!missing.isEmpty()) {
                o.report("victim \"" + id + "\" needs " + String.join(", ", missing) + " (shown on the victim's card)");
            }
        }
        return new Person(id, name, shortName, groups, role, story, outcome, portrait, portraitCredit, corrections);
    }

    private Accusations accusations(JsonObject o) {
        return new Accusations(o.text("heading"),
                o.objects("pairs", p -> new AccusationPair(p.text("accusedOf"), p.text("reality"))));
    }

    // --- demands.json

    /** Demands are numbered 1..N across the lists in order, without gaps or repeats. */
    private static final class DemandNumbering {
        private int next = 1;

        void check(JsonValue number, int value) {
            if (value < next) {
                number.report("demand number " + value + " repeats or goes back: expected " + next);
            } else if (value > next) {
                number.report("demand number " + value + " leaves a gap: expected " + next);
            }
            next = Math.max(next, value + 1);
        }

        /** A demand whose number could not be read still takes its place in the count. */
        void skipUnreadable() {
            next++;
        }
    }

    private Demands demands(JsonObject o) {
        DemandNumbering numbering = new DemandNumbering();
        return new Demands(o.text("splitNote"),
                o.objectsWithIds("lists", list -> demandList(list, numbering), DemandList::id));
    }

    private DemandList demandList(JsonObject o, DemandNumbering numbering) {
        return new DemandList(o.text("id"), o.text("title"), o.objects("demands", d -> demand(d, numbering)));
    }

    private Demand demand(JsonObject o, DemandNumbering numbering) {
        JsonValue number = o.required("number");
        Optional<Integer> value = number.wholeNumber();
        value.ifPresentOrElse(n -> numbering.check(number, n), numbering::skipUnreadable);
        return new Demand(value.orElse(0), o.text("text"));
    }

    // --- tour.json

    private Tour tour(JsonObject o, Optional<Set<String>> eventIds, Optional<Set<String>> placeIds,
                      Optional<Set<String>> personIds, Optional<Set<ScreenId>> screens) {
        return new Tour(o.text("title"), o.objects("steps", step -> tourStep(step, eventIds, placeIds, personIds,
                screens)));
    }

    private TourStep tourStep(JsonObject o, Optional<Set<String>> eventIds, Optional<Set<String>> placeIds,
                              Optional<Set<String>> personIds, Optional<Set<ScreenId>> screens) {
        JsonValue screenValue = o.required("screen");
        ScreenId screen = screenValue.choice(ScreenId.ids()).map(ScreenId::of).orElse(null);
        if (screen != null && screens.isPresent() && !screens.get().contains(screen)) {
            screenValue.report("this content has no \"" + screen.id() + "\" screen: it shows only with something"
                    + " to show (see data/README.md)");
        }
        String event = reference(o.optional("event"), eventIds, "event", EVENTS);
        String place = reference(o.optional("place"), placeIds, "place", PLACES);
        Double zoom = o.optional("zoom").number(0, 20).orElse(null);
        String person = reference(o.optional("person"), personIds, "person", PEOPLE);
        String view = o.optional("view").choice(TourStep.PEOPLE_VIEWS).orElse(null);
        String note = o.optionalText("note");
        // Each target belongs to one screen; a target on another screen is a mistake staff should hear about.
        requireScreen(o, screen, "event", event, ScreenId.TIMELINE);
        requireScreen(o, screen, "place", place, ScreenId.MAP);
        requireScreen(o, screen, "zoom", zoom, ScreenId.MAP);
        requireScreen(o, screen, "person", person, ScreenId.PEOPLE);
        requireScreen(o, screen, "view", view, ScreenId.PEOPLE);
        if (person != null && view != null) {
            o.report("a step shows either a \"person\" or a \"view\", not both");
        }
        return new TourStep(screen, event, place, zoom, person, view, note);
    }

    private static void requireScreen(JsonObject o, ScreenId screen, String field, Object value, ScreenId expected) {
        if (value != null && screen != null && screen != expected) {
            o.report("\"" + field + "\" only fits a step on the " + expected.id() + " screen, not on \"" + screen.id()
                    + "\"");
        }
    }
}
