package dev.mentra.platform.inbox;

import com.fasterxml.jackson.core.JsonParseException;
import dev.mentra.platform.event.MalformedEventException;
import dev.mentra.platform.problem.ProblemException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.WebApplicationException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import static dev.mentra.platform.inbox.Failure.DETERMINISTIC;
import static dev.mentra.platform.inbox.Failure.TRANSIENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Which failures the inbox retries before parking, and which it parks at once. */
class FailureTest {

    @Test
    void constraintViolationsAndOtherDataErrorsAreDeterministic() {
        assertThat(Failure.of(pg("23505"))).isEqualTo(DETERMINISTIC); // unique
        assertThat(Failure.of(pg("23502"))).isEqualTo(DETERMINISTIC); // not null
        assertThat(Failure.of(pg("23503"))).isEqualTo(DETERMINISTIC); // foreign key
        assertThat(Failure.of(pg("22P02"))).isEqualTo(DETERMINISTIC); // invalid text representation
        assertThat(Failure.of(pg("22021"))).isEqualTo(DETERMINISTIC); // NUL in text
        assertThat(Failure.of(pg("42703"))).isEqualTo(DETERMINISTIC); // undefined column: a bug, fixed then replayed
    }

    @Test
    void serializationFailuresDeadlocksAndConnectionLossAreTransient() {
        assertThat(Failure.of(pg("40001"))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(pg("40P01"))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(pg("55P03"))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(pg("08006"))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(pg("57P01"))).isEqualTo(TRANSIENT); // admin shutdown
        assertThat(Failure.of(pg("53300"))).isEqualTo(TRANSIENT); // too many connections
        assertThat(Failure.of(ClosedConnectionException.INSTANCE)).isEqualTo(TRANSIENT);
        assertThat(Failure.of(new ConnectException("Connection refused"))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(new TimeoutException())).isEqualTo(TRANSIENT);
        assertThat(Failure.of(new io.smallrye.mutiny.TimeoutException())).isEqualTo(TRANSIENT);
    }

    @Test
    void wrappersAreLookedThrough() {
        assertThat(Failure.of(new HibernateException("could not execute statement", pg("23502"))))
                .isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new HibernateException("could not execute statement", pg("40001"))))
                .isEqualTo(TRANSIENT);
        assertThat(Failure.of(new HibernateException("session failed", ClosedConnectionException.INSTANCE)))
                .isEqualTo(TRANSIENT);
        assertThat(Failure.of(new CompletionException(new ConnectException("refused")))).isEqualTo(TRANSIENT);
    }

    @Test
    void aDomainRefusalIsDeterministicButAnUnavailableServiceIsTransient() {
        assertThat(Failure.of(ProblemException.conflict("not-cancellable", "no"))).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(ProblemException.notFound("Mentor m"))).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new ProblemException(503, "scheduling-unavailable", "Unavailable", "Acuity is down")))
                .isEqualTo(TRANSIENT);
        assertThat(Failure.of(new WebApplicationException(502))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(new WebApplicationException(429))).isEqualTo(TRANSIENT);
        assertThat(Failure.of(new WebApplicationException(400))).isEqualTo(DETERMINISTIC);
    }

    @Test
    void mappingErrorsAndBugsAreDeterministic() {
        assertThat(Failure.of(new MalformedEventException("booking.completed: bad endsAt"))).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new JsonParseException(null, "Unexpected character"))).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new NullPointerException())).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new IllegalArgumentException("bad zone"))).isEqualTo(DETERMINISTIC);
        assertThat(Failure.of(new HibernateException("A different object with the same identifier value was already"
                + " associated with the session"))).isEqualTo(DETERMINISTIC);
    }

    @Test
    void somethingUnknownIsRetriedBeforeItIsParked() {
        assertThat(Failure.of(new RuntimeException("?"))).isEqualTo(TRANSIENT);
    }

    private static PgException pg(String state) {
        return new PgException("statement failed", "ERROR", state, null);
    }
}
