package dev.mentra.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the answering service in a {@code Mentra-Service} response header, so operators (and the system test)
 * can see which service behind the gateway answered.
 */
@ApplicationScoped
public class ServiceNameHeader {

    public static final String HEADER = "Mentra-Service";

    void register(@Observes Filters filters, @ConfigProperty(name = "quarkus.application.name") String service) {
        filters.register(rc -> {
            rc.response().putHeader(HEADER, service);
            rc.next();
        }, 100);
    }
}
