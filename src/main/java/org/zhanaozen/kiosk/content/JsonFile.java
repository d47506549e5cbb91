package org.zhanaozen.kiosk.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One content file, decoded strictly as UTF-8 and parsed as strict JSON. Jackson's tree model forgets where values
 * were, so the tree is built here from the token stream, remembering the position of every value and field name:
 * each problem found later is then reported at its line and column.
 */
final class JsonFile {

    // Strict JSON: no comments, no trailing commas, no single quotes (Jackson's defaults).
    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLAIN_FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String name;
    private final List<Problem> problems;
    private final Map<String, JsonLocation> valueLocations = new HashMap<>();
    private final Map<String, JsonLocation> fieldNameLocations = new HashMap<>();
    private JsonNode root; // null when the file could not be read or parsed

    private JsonFile(String name, List<Problem> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Reads {@code folder/name}, adding to {@code problems} everything that keeps it from being read. */
    static JsonFile read(Path folder, String name, List<Problem> problems) {
        JsonFile file = new JsonFile(name, problems);
        Path path = folder.resolve(name);
        if (!Files.exists(path)) {
            problems.add(Problem.about(name, "the file is missing"));
        } else if (!Files.isRegularFile(path)) {
            problems.add(Problem.about(name, "is not a file"));
        } else {
            try {
                decodeUtf8(Files.readAllBytes(path)).ifPresent(file::parse);
            } catch (IOException e) {
                problems.add(Problem.about(name, "cannot be read: " + e.getMessage()));
            } catch (BadByte bad) {
                problems.add(new Problem(name, bad.line, bad.column, "", bad.getMessage()));
            }
        }
        return file;
    }

    String name() {
        return name;
    }

    /** The top-level value, absent when the file is missing, not UTF-8 or not well-formed JSON. */
    Optional<JsonValue> root() {
        return Optional.ofNullable(root).map(node -> new JsonValue(this, "$", "the file", node));
    }

    static String childPath(String parent, String field) {
        return PLAIN_FIELD_NAME.matcher(field).matches()
                ? parent + "." + field
                : parent + "['" + field.replace("'", "\\'") + "']";
    }

    static String elementPath(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Reports a problem with the value at {@code path}. */
    void reportAtValue(String path, String message) {
        report(valueLocations.get(path), path, message);
    }

    /** Reports a problem with the field name at {@code path} (e.g. an unknown field). */
    void reportAtFieldName(String path, String message) {
        report(fieldNameLocations.getOrDefault(path, valueLocations.get(path)), path, message);
    }

    /** The line of the value at {@code path}, 0 if unknown. */
    int lineOf(String path) {
        JsonLocation location = valueLocations.get(path);
        return location == null ? 0 : location.getLineNr();
    }

    private void report(JsonLocation location, String path, String message) {
        if (location == null) {
            problems.add(new Problem(name, 0, 0, path, message));
        } else {
            problems.add(new Problem(name, location.getLineNr(), location.getColumnNr(), path, message));
        }
    }

    // --- decoding

    /** A byte that is not UTF-8, at the line and column (in characters) where it sits. */
    private static final class BadByte extends Exception {
        final int line;
        final int column;

        BadByte(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static Optional<String> decodeUtf8(byte[] bytes) throws BadByte {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            result = strict.flush(out);
        }
        if (result.isError()) {
            throw badByte(bytes, in.position());
        }
        String text = out.flip().toString();
        // A byte-order mark is legal UTF-8 that some Windows editors add; it is not part of the JSON.
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static BadByte badByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The bytes before the bad one on its line decoded fine, so they can be counted as characters.
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new BadByte(line, column, String.format(
                "the file is not valid UTF-8 (byte 0x%02X here): save it with UTF-8 encoding", bytes[offset] & 0xFF));
    }

    // --- parsing

    private void parse(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(Problem.about(name, "the file is empty"));
                return;
            }
            JsonNode parsed = readValue(parser, "$");
            if (parser.nextToken() != null) {
                report(parser.currentTokenLocation(), "", "malformed JSON: more content after the end of the top-level value");
                return;
            }
            root = parsed;
        } catch (JsonProcessingException e) {
            report(e.getLocation(), "", "malformed JSON: " + JacksonMessages.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(Problem.about(name, "cannot be read: " + e.getMessage()));
        }
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        valueLocations.put(path, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, path);
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, elementPath(path, array.size())));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private ObjectNode readObject(JsonParser parser, String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            String fieldPath = childPath(path, field);
            JsonLocation fieldLocation = parser.currentTokenLocation();
            if (object.has(field)) {
                // Jackson would silently keep the last one; a repeated field is almost always a paste error.
                report(fieldLocation, fieldPath, "duplicate field \"" + field + "\" (first at line "
                        + fieldNameLocations.get(fieldPath).getLineNr() + ")");
            } else {
                fieldNameLocations.put(fieldPath, fieldLocation);
            }
            parser.nextToken();
            object.set(field, readValue(parser, fieldPath));
        }
        return object;
    }
}
