package dev.mentra.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mentra.platform.event.MalformedEventException;
import dev.mentra.platform.problem.ProblemException;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.WebApplicationException;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.IdentityHashMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Whether retrying an effect that failed may help. A mistake costs little either way: a transient failure is
 * retried a few times and then parked too, so only the seconds spent retrying differ.
 */
public enum Failure {

    /** The database, a called service or the network may answer next time: retry with back-off, then park. */
    TRANSIENT,
    /** The same event fails the same way every time (bad data, a constraint, a refusal, a bug): park at once. */
    DETERMINISTIC;

    /** Fault tolerance's exceptions, named rather than linked: not every service uses SmallRye Fault Tolerance. */
    private static final Set<String> TRANSIENT_BY_NAME = Set.of(
            "org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException",
            "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException",
            "org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException");

    /**
     * Classifies by the first exception in the cause chain that says something specific (an SQL state, an HTTP
     * status, a connection or a timeout); wrappers such as Hibernate's are looked through. If nothing specific is
     * found, the shape of a programming or mapping error makes it deterministic, and anything else is transient.
     */
    public static Failure of(Throwable failure) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            Failure specific = specific(t);
            if (specific != null) {
                return specific;
            }
        }
        seen.clear();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (looksDeterministic(t)) {
                return DETERMINISTIC;
            }
        }
        return TRANSIENT;
    }

    /**
     * Whether something in the cause chain says a dependency is away for now (the database restarting, a lost
     * connection, a timeout, an open circuit breaker), as opposed to a bug: a request failing so is answered
     * 503 with Retry-After rather than 500.
     */
    public static boolean isUnavailable(Throwable failure) {
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            Failure specific = specific(t);
            if (specific != null) {
                return specific == TRANSIENT && !(t instanceof ProblemException);
            }
        }
        return false;
    }

    private static Failure specific(Throwable t) {
        if (t instanceof MalformedEventException || t instanceof JsonProcessingException) {
            return DETERMINISTIC; // (Jackson's errors are IOExceptions, but not of the network kind)
        }
        if (t instanceof ProblemException problem) {
            // a domain refusal (4xx) stays a refusal; 503 "Acuity is down" and the like may pass
            return problem.status() >= 500 ? TRANSIENT : DETERMINISTIC;
        }
        if (t instanceof PgException pg) {
            return ofSqlState(pg.getSqlState());
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            return status >= 500 || status == 429 || status == 408 ? TRANSIENT : DETERMINISTIC;
        }
        if (t instanceof IOException || t instanceof TimeoutException
                || t instanceof io.smallrye.mutiny.TimeoutException || t instanceof VertxException
                || TRANSIENT_BY_NAME.contains(t.getClass().getName())) {
            // connection refused or reset, a closed connection, a timeout, an open circuit breaker
            return TRANSIENT;
        }
        return null;
    }

    /** PostgreSQL's SQL states: https://www.postgresql.org/docs/current/errcodes-appendix.html */
    static Failure ofSqlState(String state) {
        if (state == null || state.length() < 2) {
            return TRANSIENT;
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return TRANSIENT; // serialization failure, deadlock, lock not available
        }
        return switch (state.substring(0, 2)) {
            // connection, resources, operator intervention (shutdown, cancelled statement), system errors
            case "08", "53", "57", "58", "XX" -> TRANSIENT;
            // data exceptions (22), integrity constraints (23), syntax or undefined objects (42), a raised error (P0),
            // and the rest: the same statement fails the same way next time
            default -> DETERMINISTIC;
        };
    }

    private static boolean looksDeterministic(Throwable t) {
        return t instanceof IllegalArgumentException // NumberFormatException included
                || t instanceof IllegalStateException
                || t instanceof NullPointerException
                || t instanceof ClassCastException
                || t instanceof DateTimeException
                || t instanceof IndexOutOfBoundsException
                || t instanceof NoSuchElementException
                || t instanceof UnsupportedOperationException
                || t instanceof ArithmeticException
                || t instanceof jakarta.persistence.PersistenceException
                || t instanceof org.hibernate.HibernateException
                || t instanceof jakarta.validation.ValidationException;
    }
}
