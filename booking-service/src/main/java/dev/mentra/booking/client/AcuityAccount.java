package dev.mentra.booking.client;

import dev.mentra.booking.config.BookingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The Acuity account Mentra uses, if any: without one, Mentra schedules on its own (the local run). */
@ApplicationScoped
public class AcuityAccount {

    private final BookingConfig.Acuity config;

    public AcuityAccount(BookingConfig config) {
        this.config = config.acuity();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The API key webhooks are signed with. */
    public String apiKey() {
        return config.apiKey().orElseThrow(() -> new IllegalStateException("ACUITY_API_KEY is not set"));
    }

    /** Basic auth with the account's user id and API key. */
    String authorization() {
        String credentials = config.userId().orElse("") + ":" + config.apiKey().orElse("");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
