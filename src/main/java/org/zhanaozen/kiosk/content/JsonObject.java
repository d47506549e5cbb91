package org.zhanaozen.kiosk.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one JSON object as a reader asks for them. Every field asked for is remembered, so any other field
 * in the file is reported as unknown (usually a typo) without each reader listing its fields twice.
 */
final class JsonObject {

    private final JsonValue value;
    private final Set<String> expectedFields = new LinkedHashSet<>();

    JsonObject(JsonValue value) {
        this.value = value;
    }

    /** A field that must be present and not null. */
    JsonValue required(String field) {
        JsonValue child = optional(field);
        if (!child.isPresent()) {
            if (child.isNull()) {
                child.report("\"" + field + "\" is required but is null");
            } else {
                report("missing required field \"" + field + "\"");
            }
        }
        return child;
    }

    /** A field that may be absent or null. */
    JsonValue optional(String field) {
        expectedFields.add(field);
        return value.child(field);
    }

    /** Reports a problem with the object as a whole, at its opening brace. */
    void report(String message) {
        value.report(message);
    }

    String text(String field) {
        return required(field).text().orElse(null);
    }

    String optionalText(String field) {
        return optional(field).optionalText().orElse(null);
    }

    <T> T object(String field, Function<JsonObject, T> reader) {
        return required(field).object(reader).orElse(null);
    }

    /** An optional object: absent or null gives null. */
    <T> T optionalObject(String field, Function<JsonObject, T> reader) {
        return optional(field).object(reader).orElse(null);
    }

    /** An optional list of non-blank texts: absent or null means none. */
    List<String> optionalTexts(String field) {
        return optional(field).elements(true).stream().flatMap(element -> element.text().stream()).toList();
    }

    /** A required, non-empty list of non-blank texts. */
    List<String> texts(String field) {
        return required(field).elements(false).stream().flatMap(element -> element.text().stream()).toList();
    }

    /** A required, non-empty list of objects. */
    <T> List<T> objects(String field, Function<JsonObject, T> reader) {
        return objects(required(field).elements(false), reader);
    }

    /** An optional list of objects: absent or null means none. */
    <T> List<T> optionalObjects(String field, Function<JsonObject, T> reader) {
        return objects(optional(field).elements(true), reader);
    }

    /** A required, non-empty list of objects whose ids ({@code idOf}, read from their "id" field) must be unique. */
    <T> List<T> objectsWithIds(String field, Function<JsonObject, T> reader, Function<T, String> idOf) {
        return objectsWithIds(field, required(field).elements(false), reader, idOf);
    }

    /** As {@link #objectsWithIds}, for an optional list: absent, null or empty means none. */
    <T> List<T> optionalObjectsWithIds(String field, Function<JsonObject, T> reader, Function<T, String> idOf) {
        return objectsWithIds(field, optional(field).elements(true), reader, idOf);
    }

    private <T> List<T> objectsWithIds(String field, List<JsonValue> elements, Function<JsonObject, T> reader,
                                       Function<T, String> idOf) {
        List<T> read = new ArrayList<>();
        Map<String, Integer> firstLineById = new HashMap<>();
        for (JsonValue element : elements) {
            Optional<T> item = element.object(reader);
            item.ifPresent(read::add);
            String id = item.map(idOf).orElse(null);
            if (id != null) {
                JsonValue idValue = element.child("id");
                Integer firstLine = firstLineById.putIfAbsent(id, value.file().lineOf(idValue.path()));
                if (firstLine != null) {
                    idValue.report("duplicate id \"" + id + "\" in \"" + field + "\" (first used at line " + firstLine + ")");
                }
            }
        }
        return read;
    }

    private static <T> List<T> objects(List<JsonValue> elements, Function<JsonObject, T> reader) {
        return elements.stream().flatMap(element -> element.object(reader).stream()).toList();
    }

    void reportUnknownFields() {
        value.node().fieldNames().forEachRemaining(field -> {
            if (!expectedFields.contains(field)) {
                value.file().reportAtFieldName(JsonFile.childPath(value.path(), field), "unknown field \"" + field
                        + "\" (expected one of: " + String.join(", ", expectedFields) + ")");
            }
        });
    }
}
