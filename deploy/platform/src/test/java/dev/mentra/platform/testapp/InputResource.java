package dev.mentra.platform.testapp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.mentra.platform.input.FormFields;
import dev.mentra.platform.input.StrictJson;
import dev.mentra.platform.validation.PageNumber;
import dev.mentra.platform.validation.Paging;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Input of every shape a service takes, each piece of text stored in PostgreSQL: without the platform's checks,
 * text PostgreSQL cannot hold fails here with a 500.
 */
@Path("/inputs")
public class InputResource {

    public record Nested(@Size(max = 40) String name) {
    }

    public record Sample(@Size(max = 100) String text, @Size(max = 5) List<@Size(max = 40) String> tags,
                         @Size(max = 5) Map<@Size(max = 40) String, @Size(max = 40) String> labels,
                         @Valid Nested nested, Integer count, Boolean flag, OffsetDateTime at) {
    }

    public record Chat(@NotNull @Size(max = 100) @JsonDeserialize(using = StrictJson.Cleaned.class) String text) {
    }

    @POST
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Integer> store(@PathParam("key") @Size(max = 100) String key, @QueryParam("q") @Size(max = 100) String q,
                              @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey,
                              @Valid @NotNull Sample body) {
        List<String> texts = new ArrayList<>(List.of(key));
        add(texts, q, idempotencyKey, body.text(), body.nested() == null ? null : body.nested().name());
        add(texts, body.tags());
        if (body.labels() != null) {
            add(texts, body.labels().keySet());
            add(texts, body.labels().values());
        }
        return persist(texts);
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithTransaction
    public Uni<Integer> form(byte[] body) {
        Map<String, String> fields = FormFields.parse(body);
        List<String> texts = new ArrayList<>();
        add(texts, fields.keySet());
        add(texts, fields.values());
        return persist(texts);
    }

    @POST
    @Path("/chat")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<String> chat(@Valid @NotNull Chat body) {
        return persist(List.of(body.text())).replaceWith(body.text());
    }

    @GET
    @WithSession
    public Uni<List<String>> page(@QueryParam("page") @DefaultValue("0") @PageNumber int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                  @QueryParam("after") @Min(0) Long after) {
        int first = Paging.firstRow(page, size);
        return Note.<Note>findAll(Sort.by("text")).range(first, first + size - 1).list()
                .map(notes -> notes.stream().map(n -> n.text).toList());
    }

    private static void add(List<String> texts, String... more) {
        add(texts, Arrays.asList(more));
    }

    private static void add(List<String> texts, Collection<String> more) {
        if (more != null) {
            more.stream().filter(t -> t != null && !t.isEmpty()).forEach(texts::add);
        }
    }

    private static Uni<Integer> persist(List<String> texts) {
        if (texts.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Note> notes = texts.stream().map(text -> {
            Note note = new Note();
            note.id = UUID.randomUUID();
            note.text = text;
            return note;
        }).toList();
        return Note.persist(notes).replaceWith(notes.size());
    }
}
