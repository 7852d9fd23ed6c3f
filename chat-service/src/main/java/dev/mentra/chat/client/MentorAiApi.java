package dev.mentra.chat.client;

import dev.mentra.platform.security.ServiceCredential;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * mentor-service's internal AI streaming API (ReplyResource, CouncilSessionResource); used only by {@link MentorAi}.
 * Every call carries chat-service's own credential ({@link ServiceCredential}) besides the person's token.
 */
@RegisterRestClient(configKey = "mentor-service")
@RegisterProvider(ServiceCredential.class)
@Path("/internal/ai")
interface MentorAiApi {

    @POST
    @Path("/mentors/{mentorId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<MentorAi.ReplyEvent> reply(@PathParam("mentorId") String mentorId,
                                     @HeaderParam("Authorization") String authorization,
                                     MentorAi.History history);

    @POST
    @Path("/councils/{councilId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<MentorAi.SessionEvent> council(@PathParam("councilId") String councilId,
                                         @HeaderParam("Authorization") String authorization,
                                         MentorAi.History history);
}
