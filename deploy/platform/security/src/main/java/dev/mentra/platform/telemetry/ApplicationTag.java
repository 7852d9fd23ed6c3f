package dev.mentra.platform.telemetry;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tags every meter with {@code application=<quarkus.application.name>}, so a dashboard tells the services apart by
 * a label the service sets itself, whatever the Prometheus scrape configuration names its jobs (the Micrometer
 * convention Grafana's JVM dashboards also use). In platform-security so that the gateway, which has no database
 * and does not use deploy/platform, shares it with the services.
 */
@Singleton
public class ApplicationTag {

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(Tags.of("application", application));
    }
}
