package dev.mentra.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for every application: code that needs the time injects {@link Clock} rather than calling
 * {@code Instant.now()}, so a test can replace this bean with a fixed or advancing clock instead of shrinking
 * schedules to make time pass.
 */
public class SystemClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
