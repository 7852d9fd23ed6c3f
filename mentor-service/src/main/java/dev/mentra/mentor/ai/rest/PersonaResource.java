package dev.mentra.mentor.ai.rest;

import dev.mentra.mentor.ai.AdviceCard;
import dev.mentra.mentor.ai.service.AdviceCards;
import dev.mentra.mentor.ai.service.PersonaService;
import dev.mentra.mentor.ai.service.Replies;
import dev.mentra.mentor.catalog.rest.MentorViews;
import dev.mentra.platform.security.Caller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Admins manage the AI personas: profile, voice and instructions, their advice cards one by one, and trying a
 * persona out. Every route here is for admins only.
 */
@Path("/api/mentors/ai")
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

    /** An AI mentor's id: lower-case words and dashes after {@code ai-}, e.g. {@code ai-negotiation}. */
    static final String ID = "ai-[a-z0-9-]{2,60}";

    private final PersonaService personas;
    private final AdviceCards cards;
    private final Replies replies;

    public PersonaResource(PersonaService personas, AdviceCards cards, Replies replies) {
        this.personas = personas;
        this.cards = cards;
        this.replies = replies;
    }

    public record CardBody(@NotBlank @Size(max = 120) String title, @NotBlank @Size(min = 20, max = 2000) String body,
                           @Size(max = 8) List<@NotBlank @Size(max = 40) String> tags) {
        PersonaService.Card toCard() {
            return new PersonaService.Card(title, body, tags);
        }
    }

    /** A persona; without {@code cards} its advice cards stay as they are, with them they are replaced. */
    public record PersonaBody(@NotBlank @Size(max = 100) String displayName,
                              @NotBlank @Size(min = 10, max = 160) String headline,
                              @NotBlank @Size(min = 50, max = 4000) String bio,
                              @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 40) String> expertise,
                              @NotNull @Size(min = 1, max = 8) List<@NotNull @Pattern(regexp = "[a-zA-Z]{2,3}") String> languages,
                              @Size(max = 500) String voice,
                              @NotBlank @Size(min = 50, max = 8000) String systemPrompt,
                              @Size(min = 1, max = AdviceCards.MAX_CARDS) List<@Valid @NotNull CardBody> cards) {
    }

    /** What admins see of a persona: the public profile plus its instructions and the state of its knowledge. */
    @Schema(requiredProperties = {"id", "displayName", "headline", "bio", "expertise", "languages", "voice",
            "systemPrompt", "active", "cards", "retiredCards", "updatedAt"})
    public record PersonaView(String id, String displayName, String headline, String bio, List<String> expertise,
                              List<String> languages, @Schema(nullable = true) String voice, String systemPrompt,
                              @Schema(description = "False once retired: out of the catalog, kept for admins") boolean active,
                              @Schema(description = "Advice cards in use") long cards, long retiredCards,
                              OffsetDateTime updatedAt) {
        static PersonaView of(PersonaService.Summary s) {
            var m = s.persona();
            return new PersonaView(m.id, m.displayName, m.headline, m.bio, List.of(m.expertise), List.of(m.languages),
                    m.voice, m.systemPrompt == null ? "" : m.systemPrompt, m.active, s.cards(), s.retiredCards(),
                    m.updatedAt);
        }
    }

    @Schema(requiredProperties = {"id", "position", "title", "body", "tags", "retired", "retiredAt", "updatedAt"})
    public record CardView(String id, int position, String title, String body, List<String> tags, boolean retired,
                           @Schema(implementation = String.class, format = "date-time", nullable = true)
                           OffsetDateTime retiredAt, OffsetDateTime updatedAt) {
        static CardView of(AdviceCard c) {
            return new CardView(c.id, c.position, c.title, c.body, List.of(c.tags), c.isRetired(), c.retiredAt,
                    c.updatedAt);
        }
    }

    /** Every AI persona, retired ones included, by name. */
    @GET
    public Uni<List<PersonaView>> list() {
        return personas.list().map(list -> list.stream().map(PersonaView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PersonaView> get(@PathParam("id") String id) {
        return personas.find(id).map(PersonaView::of);
    }

    /** Creates or replaces the persona {@code id}; brings a retired one back into the catalog. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<MentorViews.MentorView> save(@PathParam("id") @Pattern(regexp = ID,
            message = "must look like ai-negotiation") String id, @Valid @NotNull PersonaBody body) {
        return personas.save(id, new PersonaService.Persona(body.displayName(), body.headline(), body.bio(),
                        body.expertise(), body.languages(), body.voice(), body.systemPrompt(),
                        body.cards() == null ? null : body.cards().stream().map(CardBody::toCard).toList()))
                .map(MentorViews.MentorView::of);
    }

    /** The persona's cards in order; {@code q}: every word in the title, advice or tags; {@code status}: which. */
    @GET
    @Path("/{id}/cards")
    public Uni<List<CardView>> cards(@PathParam("id") String id,
                                     @QueryParam("q") @Size(max = 200) String q,
                                     @QueryParam("status") @DefaultValue("all")
                                     @Pattern(regexp = "active|retired|all", message = "must be active, retired or all")
                                     @Schema(type = SchemaType.STRING, enumeration = {"active", "retired", "all"})
                                     String status) {
        return cards.search(id, q, AdviceCards.Status.valueOf(status.toUpperCase()))
                .map(list -> list.stream().map(CardView::of).toList());
    }

    @POST
    @Path("/{id}/cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Added after the persona's last card",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardView.class)))
    public Uni<Response> addCard(@PathParam("id") String id, @Valid @NotNull CardBody body) {
        return cards.add(id, body.toCard()).map(c -> Response.status(201).entity(CardView.of(c)).build());
    }

    @PUT
    @Path("/{id}/cards/{cardId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CardView> editCard(@PathParam("id") String id, @PathParam("cardId") String cardId,
                                  @Valid @NotNull CardBody body) {
        return cards.edit(id, cardId, body.toCard()).map(CardView::of);
    }

    /** The card stays (searchable, restorable) but no longer grounds the persona's answers. */
    @POST
    @Path("/{id}/cards/{cardId}/retire")
    public Uni<CardView> retireCard(@PathParam("id") String id, @PathParam("cardId") String cardId) {
        return cards.retire(id, cardId).map(CardView::of);
    }

    @POST
    @Path("/{id}/cards/{cardId}/restore")
    public Uni<CardView> restoreCard(@PathParam("id") String id, @PathParam("cardId") String cardId) {
        return cards.restore(id, cardId).map(CardView::of);
    }

    /**
     * Asks the persona, as a person would, and streams its answer as the internal reply route does ({@code delta}
     * events, then {@code final} with the grounding cards, or {@code error}); nothing is stored.
     */
    @POST
    @Path("/{id}/try")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ReplyResource.ReplyEvent> tryOut(@PathParam("id") String id,
                                                  @Valid @NotNull ReplyResource.Conversation conversation) {
        return ReplyResource.events(replies.stream(id, conversation.turns()));
    }
}
