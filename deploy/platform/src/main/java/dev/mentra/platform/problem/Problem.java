package dev.mentra.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.mentra.platform.http.ProblemBody;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error answer of a REST resource; its type and media type are
 * {@link ProblemBody}'s, the builder plain Vert.x routes use.
 *
 * @param type   stable identifier of the kind of problem, e.g. {@code https://mentra.dev/problems/validation}
 * @param errors     for validation problems: which field is wrong and why
 * @param extensions further members a client can act on (RFC 9457 §3.2), e.g. the slot a booking conflicts with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    public static final String MEDIA_TYPE = ProblemBody.MEDIA_TYPE;

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(ProblemBody.type(slug), title, status, detail, null, null);
    }

    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors, extensions);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, errors, extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }
}
