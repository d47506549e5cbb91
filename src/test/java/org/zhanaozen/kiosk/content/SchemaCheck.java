package org.zhanaozen.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks content against the JSON Schemas in data/schemas, as an editor does while staff type. */
public final class SchemaCheck {

    /** The one copy of the schemas (the build puts it in the jar too). */
    public static final Path SCHEMAS = Path.of("data", ContentSchemas.FOLDER);
    /** The draft the schemas are written to; the validator has its meta-schema, so nothing is fetched. */
    static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final String BASE = SCHEMAS.toAbsolutePath().toUri().toString();
    // The validator fetches nothing by itself: it reads the schemas (and their references to each other) from here.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemas(SchemaCheck::schemaText));
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    /** What the schema for {@code file}'s name (events.json: events.schema.json) finds wrong in it; empty if nothing. */
    public static List<String> errors(Path file) {
        Path schema = SCHEMAS.resolve(ContentSchemas.schemaOf(file.getFileName().toString()));
        return errors(REGISTRY.getSchema(SchemaLocation.of(BASE + schema.getFileName())), read(file));
    }

    /** What the schemas find wrong in the content files of {@code folder}, each error after its file's name. */
    public static List<String> errorsIn(Path folder) {
        return ContentLoader.FILES.stream().map(folder::resolve).filter(Files::exists)
                .flatMap(file -> errors(file).stream().map(error -> file.getFileName() + ": " + error)).toList();
    }

    /** What the draft's meta-schema finds wrong in a schema. */
    static List<String> metaSchemaErrors(Path schema) {
        return errors(REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)), read(schema));
    }

    /** A schema's text by its address, null for one that is not in {@link #SCHEMAS}. */
    private static String schemaText(String address) {
        if (!address.startsWith(BASE)) {
            return null;
        }
        try {
            return Files.readString(SCHEMAS.resolve(address.substring(BASE.length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }
}
