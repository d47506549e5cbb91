package org.zhanaozen.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value at a path in a content file, possibly absent. Each accessor returns the value if it is of the expected
 * kind, or reports a problem at the value's position and returns empty. An absent value returns empty silently:
 * whoever required it has already reported it missing.
 */
final class JsonValue {

    private final JsonFile file;
    private final String path;
    private final String label;
    private final JsonNode node; // null when absent

    JsonValue(JsonFile file, String path, String label, JsonNode node) {
        this.file = file;
        this.path = path;
        this.label = label;
        this.node = node;
    }

    JsonFile file() {
        return file;
    }

    String path() {
        return path;
    }

    /** How messages name this value: {@code "lat"}, or {@code "places" entry 2}. */
    String label() {
        return label;
    }

    /** Present and not {@code null}. */
    boolean isPresent() {
        return node != null && !node.isNull();
    }

    boolean isNull() {
        return node != null && node.isNull();
    }

    JsonNode node() {
        return node;
    }

    void report(String message) {
        file.reportAtValue(path, message);
    }

    /** Non-blank text. */
    Optional<String> text() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            return wrongKind("text");
        }
        if (node.asText().isBlank()) {
            report(label + " must not be blank");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** Text for an optional field: absent, null and blank all mean "not given". */
    Optional<String> optionalText() {
        return isPresent() && node.isTextual() && node.asText().isBlank() ? Optional.empty() : text();
    }

    /** Text that {@code parse} accepts; its IllegalArgumentException message is reported as the problem. */
    <T> Optional<T> parsedText(Function<String, T> parse) {
        return text().flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (IllegalArgumentException invalid) {
                report(label + ": " + invalid.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Text that is one of {@code allowed}. */
    Optional<String> choice(List<String> allowed) {
        return text().filter(text -> {
            boolean known = allowed.contains(text);
            if (!known) {
                report(label + " must be one of " + String.join(", ", allowed) + ", not \"" + text + "\"");
            }
            return known;
        });
    }

    /** Text naming a constant of {@code type} in lower case, e.g. "exact" for EXACT. */
    <E extends Enum<E>> Optional<E> choice(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return choice(names).map(name -> Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
    }

    Optional<Boolean> trueOrFalse() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            return wrongKind("true or false");
        }
        return Optional.of(node.booleanValue());
    }

    Optional<Integer> wholeNumber() {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return wrongKind("a whole number");
        }
        return Optional.of(node.intValue());
    }

    /** A number from {@code min} to {@code max}, both included. */
    Optional<Double> number(double min, double max) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            return wrongKind("a number");
        }
        double value = node.doubleValue();
        if (value < min || value > max) {
            report(label + " must be from " + plain(min) + " to " + plain(max) + ", not " + node.asText());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Reads this value as an object with {@code reader}, then reports every field the reader did not ask for. */
    <T> Optional<T> object(Function<JsonObject, T> reader) {
        if (!isPresent()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            return wrongKind("an object { … }");
        }
        JsonObject object = new JsonObject(this);
        T read = reader.apply(object);
        object.reportUnknownFields();
        return Optional.ofNullable(read);
    }

    /** The entries of a list; reports a list that is not one, or is empty where entries are required. */
    List<JsonValue> elements(boolean mayBeEmpty) {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            wrongKind("a list [ … ]");
            return List.of();
        }
        if (node.isEmpty() && !mayBeEmpty) {
            report(label + " must not be an empty list");
        }
        List<JsonValue> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String name = label + " entry " + (i + 1);
            elements.add(new JsonValue(file, JsonFile.elementPath(path, i), name, node.get(i)));
        }
        return elements;
    }

    JsonValue child(String field) {
        return new JsonValue(file, JsonFile.childPath(path, field), "\"" + field + "\"", node.get(field));
    }

    private <T> Optional<T> wrongKind(String expected) {
        report(label + " must be " + expected + ", not " + describe(node));
        return Optional.empty();
    }

    /** What a value is, in staff words: text ("north"), a number (12), a list, … */
    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text (\"" + node.asText() + "\")";
        }
        if (node.isNumber()) {
            return "a number (" + node.asText() + ")";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
