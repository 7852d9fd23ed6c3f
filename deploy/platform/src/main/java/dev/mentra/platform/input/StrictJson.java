package dev.mentra.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.List;

/**
 * Every service's JSON, read strictly, once for all request bodies (and everything else the application's
 * {@link ObjectMapper} reads):
 * <ul>
 *   <li>a string, at any depth (a record's field, a list's item, a map's key or value), that PostgreSQL cannot store
 *   is refused with {@link UnstorableTextException}: a 400 naming the field;</li>
 *   <li>no scalar coercion: a number where text (or an ISO-8601 date or time) is expected, or text where a number
 *   or boolean is expected, is a wrong type (400), not silently converted;</li>
 *   <li>at most {@value #MAX_NESTING_DEPTH} levels of nesting (Mentra's bodies use fewer than 6): deeper documents
 *   fail while being parsed, before anything recurses through them (400).</li>
 * </ul>
 * Fields whose contract says text is cleaned opt out with {@code @JsonDeserialize(using = StrictJson.Cleaned.class)}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 64;

    /** A mapper attribute: dates and times may also be numbers (epoch seconds), as Jackson reads them by default. */
    private static final String NUMERIC_TIMES = StrictJson.class.getName() + ".numericTimes";

    private static final List<LogicalType> SCALARS = List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean);
    private static final List<CoercionInputShape> NON_TEXT = List.of(CoercionInputShape.Integer,
            CoercionInputShape.Float, CoercionInputShape.Boolean);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("mentra-storable-text")
                .addDeserializer(String.class, new Checked())
                .addKeyDeserializer(String.class, new CheckedKey())
                .setDeserializerModifier(new TimesAsText()));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        coerceScalars(mapper, CoercionAction.Fail);
    }

    /**
     * For JSON written by other services rather than by callers (events): scalars are converted as Jackson does by
     * default, so a publisher that writes a number where a reader keeps text does not make its events unreadable.
     */
    public static ObjectMapper withScalarCoercion(ObjectMapper mapper) {
        coerceScalars(mapper, CoercionAction.TryConvert);
        mapper.setConfig(mapper.getDeserializationConfig().withAttribute(NUMERIC_TIMES, Boolean.TRUE));
        return mapper;
    }

    private static void coerceScalars(ObjectMapper mapper, CoercionAction action) {
        for (CoercionInputShape shape : NON_TEXT) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, action);
        }
        for (LogicalType scalar : SCALARS) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, action);
        }
    }

    /** Jackson's own string reading, then the storability check. */
    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = StorableText.problemWith(value).orElse(null);
            if (problem != null) {
                throw new UnstorableTextException(p, problem);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    static final class CheckedKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            String problem = StorableText.problemWith(key).orElse(null);
            if (problem != null) {
                throw new UnstorableTextException(ctxt.getParser(), "a key " + problem);
            }
            return key;
        }
    }

    /**
     * Dates and times are ISO-8601 text on Mentra's wire: Jackson would also take a number (epoch seconds) for them,
     * so {@code "startsAt": 12345} would be 1970 rather than a wrong type. (Events keep Jackson's leniency, as for
     * other scalars: {@link #withScalarCoercion}.)
     */
    static final class TimesAsText extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getPackageName().equals("java.time")
                    ? new TextOnly(deserializer)
                    : deserializer;
        }
    }

    static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric() && ctxt.getAttribute(NUMERIC_TIMES) == null) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** For text a contract says is cleaned (chat messages): NUL characters and unpaired surrogates are dropped. */
    public static final class Cleaned extends StdScalarDeserializer<String> {

        public Cleaned() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return StorableText.clean(StringDeserializer.instance.deserialize(p, ctxt));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
