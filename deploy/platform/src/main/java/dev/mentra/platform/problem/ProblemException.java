package dev.mentra.platform.problem;

/** A business rule said no: thrown by services, answered as problem+json with this status and type. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
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
        return Problem.of(slug, title, status, getMessage());
    }

    public int status() {
        return status;
    }
}
