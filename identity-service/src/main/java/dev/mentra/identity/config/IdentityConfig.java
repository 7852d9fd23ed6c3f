package dev.mentra.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "mentra.identity")
public interface IdentityConfig {

    /** {@code local}: this service signs tokens and keeps passwords; {@code clerk}: Clerk does, we sync. */
    @WithDefault("local")
    Mode mode();

    Issuer issuer();

    Throttle throttle();

    Clerk clerk();

    /** Create the demo mentee, mentor and admin of the local run. */
    @WithDefault("false")
    boolean demoAccounts();

    enum Mode { LOCAL, CLERK }

    interface Issuer {
        /** The {@code iss} of local tokens; what every verifier expects ({@code mp.jwt.verify.issuer}). */
        @WithDefault("${mp.jwt.verify.issuer}")
        String url();

        /** Session tokens are short-lived, like Clerk's; the cookie renews them. */
        @WithDefault("2m")
        Duration tokenLifetime();

        @WithDefault("30d")
        Duration sessionLifetime();

        /** A signing key older than this is retired and a new one made. */
        @WithDefault("30d")
        Duration keyRotation();

        @WithName("cookie-secure")
        @WithDefault("false")
        boolean cookieSecure();
    }

    interface Throttle {
        /** Failed sign-ins allowed per email and per client address within the window. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("15m")
        Duration window();

        @WithDefault("15m")
        Duration lockout();
    }

    interface Clerk {
        /** {@code whsec_…}: verifies Svix-signed webhooks. */
        Optional<String> webhookSecret();

        /** {@code sk_…}: writes roles to Clerk's public_metadata. */
        Optional<String> secretKey();

        /** How often pending role changes are written to Clerk. */
        @WithDefault("5s")
        Duration roleSyncInterval();
    }
}
