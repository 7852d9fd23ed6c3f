package dev.mentra.platform.input;

import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body read from its raw bytes, for routes that must see the bytes
 * first (a webhook verifies its signature over them). Held to the same rule as every other input: a field whose
 * encoding is broken, or whose text PostgreSQL cannot store, is a 400 naming it.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The fields, first value of each; empty names are skipped. */
    public static Map<String, String> parse(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            Optional<String> name = decode(rawName);
            if (name.isEmpty()) {
                errors.add(new Problem.FieldError("body", "a field name is not valid form encoding"));
                continue;
            }
            if (name.get().isEmpty()) {
                continue;
            }
            Optional<String> value = decode(rawValue);
            Optional<String> problem = value.isEmpty() ? Optional.of("is not valid form encoding")
                    : StorableText.problemWith(name.get()).map(p -> "the name " + p)
                    .or(() -> StorableText.problemWith(value.get()));
            if (problem.isPresent()) {
                errors.add(new Problem.FieldError(StorableText.clean(name.get()), problem.get()));
            } else {
                fields.putIfAbsent(name.get(), value.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return fields;
    }

    private static Optional<String> decode(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // "%zz" or a "%" at the end
            return Optional.empty();
        }
    }
}
