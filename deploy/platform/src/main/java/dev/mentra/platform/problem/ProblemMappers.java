package dev.mentra.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.mentra.platform.input.UnstorableTextException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Every error of every service leaves as problem+json; bad input is a 4xx with the fields named, never a 5xx. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response response = respond(e.toProblem(), request);
        return e.retryAfter()
                .map(wait -> Response.fromResponse(response).header("Retry-After", wait.toSeconds()).build())
                .orElse(response);
    }


    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of("validation", "Invalid input", 400, "Some fields are not valid")
                .withErrors(errors), request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return respond(Problem.of("malformed-body", "Malformed request body", 400,
                "The body is not the JSON this endpoint expects: " + e.getOriginalMessage()), request);
    }

    /**
     * A value of the wrong shape (a date that is not a date, text for a number) or text PostgreSQL cannot store:
     * named by its JSON path.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
        String message = e instanceof UnstorableTextException unstorable
                ? unstorable.problem()
                : "is not a valid " + (e.getTargetType() != null ? e.getTargetType().getSimpleName() : "value here");
        return respond(Problem.of("validation", "Invalid input", 400, "Some fields are not valid")
                .withErrors(List.of(new Problem.FieldError(field, message))), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        // the JSON reader wraps some parse failures (e.g. nesting past the limit) in a bare 400: say what was wrong
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch, request);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, request);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, request);
        }
        String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(Problem.of(slug, status.getReasonPhrase(), status.getStatusCode(), e.getMessage()), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // the person gets a reference, the log gets the cause
        String reference = UUID.randomUUID().toString();
        if (dev.mentra.platform.inbox.Failure.isUnavailable(e)) {
            // the database restarting, a lost connection, a timeout: nothing is wrong with the request, ask again soon
            LOG.warnf("Unavailable %s on %s %s: %s", reference, request.method(), request.path(), e.toString());
            return Response.status(503)
                    .type(Problem.MEDIA_TYPE)
                    .header("Retry-After", "2")
                    .entity(Problem.of("unavailable", "Temporarily unavailable", 503,
                            "This service cannot reach what it needs right now; try again in a few seconds (reference "
                                    + reference + ")").withInstance(request.path()))
                    .build();
        }
        LOG.errorf(e, "Unexpected error %s on %s %s", reference, request.method(), request.path());
        return respond(Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side (reference " + reference + ")"), request);
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(request.path()))
                .build();
    }

    /**
     * {@code register.arg0.email} → {@code email}: the field the client sent, not the Java method's name; items of
     * lists as {@code expertise[2]}, values of maps as {@code weekly.MONDAY}, as Jackson names them too.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        int depth = 0;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            // the first two nodes are the method and its parameter
            if (depth <= 2 && (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER)) {
                last = node.getName();
                continue;
            }
            // a node in an iterable carries its place in the container named by the node before it
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                path.append('.').append(node.getKey());
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue; // "<list element>": the index above already names it
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.isEmpty() ? String.valueOf(last) : path.toString();
    }
}
