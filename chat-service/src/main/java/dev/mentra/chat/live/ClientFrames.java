package dev.mentra.chat.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a client's text frame in two steps: {@link #parse} (any JSON, kept to name the frame in an error answer),
 * then {@link #decode} into a {@link ClientFrame} by its {@code type}. The application's {@link ObjectMapper} reads
 * them, so a frame follows the same strict rules as a request body.
 */
@ApplicationScoped
class ClientFrames {

    static final String NOT_A_FRAME = "A frame is a JSON object with a type";

    /** A frame whose {@code type} names no frame the server knows. */
    static final class UnknownType extends RuntimeException {
        UnknownType(String type) {
            super("Unknown frame type " + (type.length() <= 40 ? type : type.substring(0, 40) + "…"));
        }
    }

    private final ObjectMapper json;

    ClientFrames(ObjectMapper json) {
        this.json = json;
    }

    /** @return the JSON, or null when the text is not JSON */
    JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** @return the frame's type, or null when {@code raw} is not a JSON object with a textual {@code type} */
    static String typeOf(JsonNode raw) {
        return raw != null && raw.isObject() && raw.path("type").isTextual() ? raw.get("type").asText() : null;
    }

    /**
     * @param raw a JSON object with a textual type ({@link #typeOf} is not null)
     * @throws UnknownType             when no frame has that type
     * @throws ClientFrame.BadFrame    when a field is missing, of the wrong JSON type or not storable text
     */
    ClientFrame decode(JsonNode raw) {
        String type = typeOf(raw);
        ClientFrame frame;
        try {
            frame = json.treeToValue(raw, ClientFrame.class);
        } catch (InvalidTypeIdException e) {
            throw new UnknownType(type);
        } catch (JsonMappingException e) {
            // the field that could not be read, if Jackson got as far as one
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            throw new ClientFrame.BadFrame(field == null ? NOT_A_FRAME : ClientFrame.needs(type, field));
        } catch (JsonProcessingException e) {
            throw new ClientFrame.BadFrame(NOT_A_FRAME);
        }
        frame.validate();
        return frame;
    }
}
