package dev.mentra.mentor.ai.rest;

import dev.mentra.mentor.ai.service.PersonaService;
import dev.mentra.mentor.catalog.rest.MentorViews;
import dev.mentra.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Admins manage the AI personas: profile, voice, instructions and knowledge, in one document. */
@Path("/api/mentors/ai")
@RolesAllowed(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

    private final PersonaService personas;

    public PersonaResource(PersonaService personas) {
        this.personas = personas;
    }

    public record CardBody(@NotBlank @Size(max = 120) String title, @NotBlank @Size(min = 20, max = 2000) String body,
                           @Size(max = 8) List<@NotBlank @Size(max = 40) String> tags) {
    }

    public record PersonaBody(@NotBlank @Size(max = 100) String displayName,
                              @NotBlank @Size(min = 10, max = 160) String headline,
                              @NotBlank @Size(min = 50, max = 4000) String bio,
                              @NotNull @Size(min = 1, max = 12) List<@NotBlank @Size(max = 40) String> expertise,
                              @NotNull @Size(min = 1, max = 8) List<@Pattern(regexp = "[a-zA-Z]{2,3}") String> languages,
                              @Size(max = 500) String voice,
                              @NotBlank @Size(min = 50, max = 8000) String systemPrompt,
                              @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull CardBody> cards) {
    }

    /** Creates or replaces the persona {@code id} (lower-case words and dashes, e.g. {@code ai-negotiation}). */
    @PUT
    @Path("/{id}")
    public Uni<MentorViews.MentorView> save(@PathParam("id") @Pattern(regexp = "ai-[a-z0-9-]{2,60}",
            message = "must look like ai-negotiation") String id, @Valid @NotNull PersonaBody body) {
        return personas.save(id, new PersonaService.Persona(body.displayName(), body.headline(), body.bio(),
                        body.expertise(), body.languages(), body.voice(), body.systemPrompt(),
                        body.cards().stream().map(c -> new PersonaService.Card(c.title(), c.body(), c.tags())).toList()))
                .map(MentorViews.MentorView::of);
    }
}
