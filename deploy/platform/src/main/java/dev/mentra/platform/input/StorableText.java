package dev.mentra.platform.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mentra.platform.problem.Problem;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Text PostgreSQL can store. Its {@code text} type refuses the NUL character ({@code invalid byte sequence for
 * encoding "UTF8": 0x00}), and a lone UTF-16 surrogate has no UTF-8 form at all (the driver would silently write
 * {@code ?}). Input carrying either is refused where it enters ({@link StrictJson}, {@link RequestParameterGuard},
 * {@link FormFields}); text a contract says is cleaned (chat messages) is {@link #clean cleaned} instead.
 */
public final class StorableText {

    public static final String NUL = "must not contain the NUL character (U+0000)";
    public static final String LONE_SURROGATE = "must not contain an unpaired UTF-16 surrogate";

    private StorableText() {
    }

    /** @return what is wrong with {@code text}, phrased for a field error; empty when it can be stored */
    public static Optional<String> problemWith(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of(NUL);
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(LONE_SURROGATE);
            }
        }
        return Optional.empty();
    }

    public static boolean isStorable(CharSequence text) {
        return problemWith(text).isEmpty();
    }

    /** {@code text} without NUL characters and unpaired surrogates (pairs, i.e. emoji, stay). */
    public static String clean(String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c != '\u0000' && !Character.isSurrogate(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /**
     * The first text in a JSON tree (a value or a member name) that cannot be stored, for input read as a tree
     * rather than bound to a type (a webhook's event, a socket frame).
     *
     * @param path the name the tree's root is known by, e.g. {@code data}; empty for the whole body
     */
    public static Optional<Problem.FieldError> firstProblemIn(JsonNode node, String path) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return problemWith(node.textValue()).map(p -> new Problem.FieldError(path.isEmpty() ? "body" : path, p));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Problem.FieldError> found = firstProblemIn(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                Optional<String> keyProblem = problemWith(field.getKey());
                if (keyProblem.isPresent()) {
                    return Optional.of(new Problem.FieldError(path.isEmpty() ? "body" : path, "a member name " + keyProblem.get()));
                }
                Optional<Problem.FieldError> found = firstProblemIn(field.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
