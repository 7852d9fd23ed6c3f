package dev.mentra.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A business rule said no: thrown by services, answered as problem+json with this status and type. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Duration retryAfter;
    private final UnaryOperator<Problem> details;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, UnaryOperator.identity());
    }

    private ProblemException(int status, String slug, String title, String detail, Duration retryAfter,
                             UnaryOperator<Problem> details) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfter = retryAfter;
        this.details = details;
    }

    /** 400 naming the fields that break a rule the annotations cannot express (e.g. overlapping hours). */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid input", "Some fields are not valid", null,
                p -> p.withErrors(errors));
    }

    /** The same problem with one more member for the client, e.g. the conflicting slot. */
    public ProblemException with(String member, Object value) {
        UnaryOperator<Problem> before = details;
        return new ProblemException(status, slug, title, getMessage(), retryAfter,
                p -> before.apply(p).with(member, value));
    }

    /** The same problem answered with a {@code Retry-After}. */
    public ProblemException withRetryAfter(Duration wait) {
        return new ProblemException(status, slug, title, getMessage(), wait, details);
    }

    /** 429 with how long to wait, answered with a {@code Retry-After} header. */
    public static ProblemException tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(429, "too-many-attempts", "Too many attempts",
                "Too many failed attempts: try again in " + seconds + " seconds", Duration.ofSeconds(seconds),
                UnaryOperator.identity());
    }

    /** 401: the session behind a cookie or token has ended, expired or never existed. */
    public static ProblemException sessionEnded() {
        return new ProblemException(401, "session-ended", "Session ended", "Your session has ended: sign in again");
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not yours to see");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(400, slug, "Bad request", detail);
    }

    public Problem toProblem() {
        return details.apply(Problem.of(slug, title, status, getMessage()));
    }

    /** The last segment of the problem's type, e.g. {@code slot-unavailable}. */
    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
