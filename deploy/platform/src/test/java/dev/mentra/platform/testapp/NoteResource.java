package dev.mentra.platform.testapp;

import dev.mentra.platform.outbox.Outbox;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.Map;
import java.util.UUID;

/** A service in miniature: one state change and its event in one transaction. */
@Path("/notes")
public class NoteResource {

    public static final String TOPIC = "platform.test.notes";

    private final Outbox outbox;

    public NoteResource(Outbox outbox) {
        this.outbox = outbox;
    }

    public record NewNote(@NotBlank @Size(max = 50) String text) {
    }

    /** What a request meets while the database restarts (57P01 admin shutdown), or because of a bug. */
    @jakarta.ws.rs.GET
    @Path("/failing")
    public Uni<String> failing(@QueryParam("bug") boolean bug) {
        return Uni.createFrom().failure(bug ? new IllegalStateException("a bug")
                : new org.hibernate.HibernateException("could not execute query",
                new io.vertx.pgclient.PgException("terminating connection due to administrator command", "FATAL",
                        "57P01", null)));
    }

    @POST
    @WithTransaction
    public Uni<Map<String, Object>> create(@Valid NewNote body, @QueryParam("refuseAfterWrite") boolean refuse) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = body.text();
        return note.<Note>persist()
                .flatMap(n -> outbox.publish(TOPIC, "note.created", n.id.toString(), Map.of("text", n.text)))
                .map(event -> {
                    if (refuse) {
                        // the business rule fails after both writes: the transaction must take both back
                        throw ProblemException.conflict("note-refused", "refused after writing");
                    }
                    return Map.<String, Object>of("id", note.id, "eventId", event.id());
                });
    }
}
