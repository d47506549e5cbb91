package org.zhanaozen.kiosk.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhanaozen.kiosk.content.Phase;
import org.zhanaozen.kiosk.ui.Messages;

/**
 * Maps a timeline onto the kiosk's content: the title slide gives the exhibit's title and introduction, each group a
 * phase (in the order the groups first appear; slides without one share a phase named after the timeline), each slide
 * an event, each era an era, and a slide's image, when it is a file beside the timeline, the event's media. What
 * TimelineJS does not have (places, people, demands, key figures, context, a closing call) is left out.
 */
final class ContentMapping {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Timeline timeline;
    private final MediaFiles media;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> phaseIdsByGroup = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();

    /** The two content files, the images to copy beside them, and what was left out. */
    record Content(ObjectNode exhibit, ObjectNode events, List<MediaFiles.Copy> images, List<String> warnings) {
    }

    private ContentMapping(Timeline timeline) {
        this.timeline = timeline;
        this.media = new MediaFiles(timeline.folder(), warnings);
    }

    static Content of(Timeline timeline) throws ImportFailure {
        return new ContentMapping(timeline).content();
    }

    private Content content() throws ImportFailure {
        String title = timeline.title() == null ? null : PlainText.of(timeline.title().headline());
        ObjectNode exhibit = JSON.objectNode();
        exhibit.put("title", title != null ? title : Messages.text("import.untitled"));
        if (timeline.title() != null) {
            ArrayNode introduction = exhibit.putArray("introduction");
            PlainText.paragraphs(timeline.title().text()).forEach(introduction::add);
            if (timeline.title().media() != null) {
                warnings.add(timeline.title().media().where().warning("the title slide's media is left out: the"
                        + " kiosk shows images with events only"));
            }
        }
        ArrayNode events = JSON.arrayNode();
        for (Timeline.Slide slide : timeline.events()) {
            events.add(event(slide, title));
        }
        ObjectNode content = JSON.objectNode();
        ArrayNode phases = content.putArray("phases");
        phaseIdsByGroup.forEach((group, id) -> phases.addObject().put("id", id).put("name", group));
        content.set("events", events);
        if (!timeline.eras().isEmpty()) {
            ArrayNode eras = content.putArray("eras");
            for (Timeline.Slide era : timeline.eras()) {
                String name = PlainText.of(era.headline());
                if (name == null) {
                    throw era.where().failure(era.name() + " has no headline: the timeline names each era it draws");
                }
                KioskDate.Span span = KioskDate.era(era.name(), era.start(), era.end());
                eras.addObject().put("name", name).put("start", span.start()).put("end", span.end());
            }
        }
        return new Content(exhibit, content, media.copies(), List.copyOf(warnings));
    }

    private ObjectNode event(Timeline.Slide slide, String timelineTitle) throws ImportFailure {
        String headline = PlainText.of(slide.headline());
        if (headline == null) {
            throw slide.where().failure(slide.name() + " has no headline: the kiosk's timeline shows each event by it");
        }
        KioskDate date = KioskDate.of(slide.name(), slide.start(), slide.end(), PlainText.of(slide.displayDate()));
        ObjectNode event = JSON.objectNode();
        event.put("id", id(slide, date));
        event.put("date", date.date());
        event.put("dateText", date.text());
        event.put("phase", phase(slide, timelineTitle));
        event.put("title", headline);
        String text = PlainText.of(slide.text());
        if (text != null) {
            event.put("text", text);
        }
        if (slide.media() != null) {
            media.copy(slide.name(), slide.media()).ifPresent(copy -> {
                ObjectNode shown = event.putObject("media").put("file", copy.target());
                putPlain(shown, "caption", slide.media().caption());
                putPlain(shown, "credit", slide.media().credit());
                putPlain(shown, "alt", slide.media().alt());
            });
        }
        return event;
    }

    private static void putPlain(ObjectNode object, String field, String html) {
        String plain = PlainText.of(html);
        if (plain != null) {
            object.put(field, plain);
        }
    }

    /** The slide's unique_id when it has one, else its date and headline as an id (made unique by a number). */
    private String id(Timeline.Slide slide, KioskDate date) throws ImportFailure {
        if (slide.uniqueId() != null && !slide.uniqueId().isBlank()) {
            String id = slide.uniqueId().strip();
            if (!usedIds.add(id)) {
                throw slide.where().failure(slide.name() + ": unique_id \"" + id + "\" is used by an earlier slide");
            }
            return id;
        }
        return unique(date.date().replace('/', '-') + "-" + slug(PlainText.of(slide.headline())), usedIds);
    }

    private String phase(Timeline.Slide slide, String timelineTitle) throws ImportFailure {
        String group = PlainText.of(slide.group());
        String name = group != null ? group : timelineTitle != null ? timelineTitle : Messages.text("import.default-phase");
        String id = phaseIdsByGroup.get(name);
        if (id == null) {
            if (phaseIdsByGroup.size() == Phase.SLOTS) {
                throw slide.where().failure(slide.name() + ": its group \"" + name + "\" would be group "
                        + (Phase.SLOTS + 1) + ": the kiosk shows at most " + Phase.SLOTS + " groups (as phases, each"
                        + " in a colour of its own), slides without a group counting as one");
            }
            id = unique(slug(name), new HashSet<>(phaseIdsByGroup.values()));
            phaseIdsByGroup.put(name, id);
        }
        return id;
    }

    /** Lower-case ASCII words joined by dashes: "Grève générale" is "greve-generale". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = slug.length() > 48 ? slug.substring(0, 48).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "x" : slug;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
