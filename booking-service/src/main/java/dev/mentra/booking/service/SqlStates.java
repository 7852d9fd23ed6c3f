package dev.mentra.booking.service;

import io.vertx.pgclient.PgException;

import java.sql.SQLException;
import java.util.Optional;

/** PostgreSQL's SQLSTATE of a failed statement, wherever the driver or Hibernate Reactive wrapped it. */
final class SqlStates {

    /** The exclusion constraint {@code booking_no_overlap}: another booking holds that time. */
    static final String EXCLUSION_VIOLATION = "23P01";
    /** A primary key or unique index: here, the same idempotency key written twice at once. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    static boolean is(Throwable failure, String state) {
        return of(failure).filter(state::equals).isPresent();
    }

    static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                return Optional.ofNullable(pg.getSqlState());
            }
            // what Hibernate Reactive raises from a flush: the driver's state in a JDBC-style exception
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
