package org.zhanaozen.kiosk.importer;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.zhanaozen.kiosk.content.JacksonMessages;

/**
 * A JSON file as Jackson's tree, remembering where each object, list and field value starts: the tree itself forgets,
 * and every message of the import names its line and column. Containers are looked up by identity (Jackson never
 * shares them); a field's value by its object and name, since small numbers and booleans are shared nodes.
 */
final class LocatedJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final Map<JsonNode, JsonLocation> containers = new IdentityHashMap<>();
    private final Map<JsonNode, Map<String, JsonLocation>> fields = new IdentityHashMap<>();
    private final Map<JsonNode, List<JsonLocation>> elements = new IdentityHashMap<>();
    private final JsonNode root;

    private LocatedJson(String file, String text) throws ImportFailure {
        this.file = file;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                throw SourcePlace.wholeFile(file).failure("the file is empty");
            }
            root = read(parser);
            if (parser.nextToken() != null) {
                throw at(parser.currentTokenLocation()).failure("malformed JSON: more after the end of the timeline");
            }
        } catch (JsonProcessingException e) {
            throw at(e.getLocation()).failure("malformed JSON: " + JacksonMessages.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw SourcePlace.wholeFile(file).failure("cannot be read: " + e.getMessage());
        }
    }

    static LocatedJson parse(String file, String text) throws ImportFailure {
        return new LocatedJson(file, text);
    }

    JsonNode root() {
        return root;
    }

    /** Where an object or a list starts. */
    SourcePlace where(JsonNode container) {
        return at(containers.get(container));
    }

    /** Where a field's value starts; where its object starts if the field is absent. */
    SourcePlace where(JsonNode object, String field) {
        JsonLocation location = fields.getOrDefault(object, Map.of()).get(field);
        return location != null ? at(location) : where(object);
    }

    /** Where a list's entry starts. */
    SourcePlace where(JsonNode list, int index) {
        return at(elements.get(list).get(index));
    }

    private SourcePlace at(JsonLocation location) {
        return location == null ? SourcePlace.wholeFile(file)
                : new SourcePlace(file, location.getLineNr(), location.getColumnNr());
    }

    private JsonNode read(JsonParser parser) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                containers.put(object, start);
                Map<String, JsonLocation> locations = new HashMap<>();
                fields.put(object, locations);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    locations.put(name, parser.currentTokenLocation());
                    object.set(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                containers.put(array, start);
                List<JsonLocation> locations = new ArrayList<>();
                elements.put(array, locations);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    locations.add(parser.currentTokenLocation());
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }
}
