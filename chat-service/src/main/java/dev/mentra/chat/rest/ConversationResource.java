package dev.mentra.chat.rest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.mentra.chat.Conversation;
import dev.mentra.chat.ConversationView;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.service.AiReplies;
import dev.mentra.chat.service.ConversationService;
import dev.mentra.chat.service.MessageService;
import dev.mentra.platform.input.StrictJson;
import dev.mentra.platform.security.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;

/** Conversations and their messages over plain HTTP: listing, history, and sending without a socket. */
@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ConversationResource {

    private final ConversationService conversations;
    private final MessageService messages;
    private final AiReplies ai;
    private final Caller caller;
    private final JsonWebToken token;

    public ConversationResource(ConversationService conversations, MessageService messages, AiReplies ai,
                                Caller caller, JsonWebToken token) {
        this.conversations = conversations;
        this.messages = messages;
        this.ai = ai;
        this.caller = caller;
        this.token = token;
    }

    public record NewConversation(@NotNull Conversation.Kind kind, @Size(max = 100) String mentorId,
                                  @Size(max = 100) String councilId) {
    }

    /** The text is cleaned, not refused, as the live socket's (MessageService#cleanText): NUL and lone surrogates go. */
    public record NewMessage(@NotNull @Size(max = 20_000) @JsonDeserialize(using = StrictJson.Cleaned.class) String text,
                             @Size(max = 100) String clientId) {
    }

    public record ReadMark(@NotNull @Min(0) Long seq) {
    }

    @Schema(requiredProperties = {"conversationId", "lastReadSeq"})
    public record ReadState(String conversationId, long lastReadSeq) {
    }

    @GET
    public Uni<List<ConversationView>> mine() {
        return conversations.mine(caller.id());
    }

    @POST
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "200", description = "Already open (a DIRECT conversation with this mentor)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversationView.class)))
    public Uni<Response> open(@Valid @NotNull NewConversation body) {
        return conversations.open(caller.id(), new ConversationService.Opening(body.kind(), body.mentorId(), body.councilId()))
                .map(opened -> Response.status(opened.created() ? 201 : 200).entity(opened.conversation()).build());
    }

    @GET
    @Path("/{id}")
    public Uni<ConversationView> get(@PathParam("id") String id) {
        return conversations.get(id, caller.id());
    }

    @GET
    @Path("/{id}/messages")
    public Uni<List<MessageView>> messages(@PathParam("id") String id,
                                           @QueryParam("after") @Min(0) Long after,
                                           @QueryParam("before") @Min(1) Long before,
                                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return messages.history(id, caller.id(), after, before, limit);
    }

    /** Sends a message; the same {@code clientId} again answers 200 with the message already stored. */
    @POST
    @Path("/{id}/messages")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "200", description = "Already sent with this clientId: the message stored then",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MessageView.class)))
    public Uni<Response> send(@PathParam("id") String id, @Valid @NotNull NewMessage body) {
        String rawToken = token.getRawToken();
        return messages.post(id, caller.id(), caller.name().orElse(null), body.text(), body.clientId())
                .invoke(posted -> ai.answer(posted, rawToken))
                .map(posted -> Response.status(posted.duplicate() ? 200 : 201).entity(posted.message()).build());
    }

    @POST
    @Path("/{id}/read")
    public Uni<ReadState> read(@PathParam("id") String id, @Valid @NotNull ReadMark body) {
        return messages.markRead(id, caller.id(), body.seq()).map(seq -> new ReadState(id, seq));
    }
}
