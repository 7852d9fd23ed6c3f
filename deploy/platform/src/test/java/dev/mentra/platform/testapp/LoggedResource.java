package dev.mentra.platform.testapp;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.logging.Logger;

/** A signed-in request that logs a line, as any endpoint might. */
@Path("/logged")
public class LoggedResource {

    private static final Logger LOG = Logger.getLogger(LoggedResource.class);

    @GET
    @Authenticated
    public String logged(@QueryParam("marker") String marker) {
        LOG.infof("handled %s", marker);
        return marker;
    }
}
