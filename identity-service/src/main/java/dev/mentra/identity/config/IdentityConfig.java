package dev.mentra.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;
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

        /** The session cookie is sent only over HTTPS (browsers also accept it on http://localhost). */
        @WithName("cookie-secure")
        @WithDefault("true")
        boolean cookieSecure();

        /**
         * AES key (base64 of 16, 24 or 32 bytes) the signing keys' private halves are encrypted with in the
         * database ({@code MENTRA_KEY_ENCRYPTION_KEY}); required in production.
         */
        Optional<String> keyEncryptionKey();

        /** Earlier key encryption keys, still accepted for decrypting while keys are re-encrypted at start. */
        Optional<List<String>> keyEncryptionKeyPrevious();
    }

    /**
     * Sign-in throttling. Per account: every attempt waits for the delay the previous unsuccessful one set, which
     * starts at {@code first-delay} and doubles up to {@code max-delay}. Per client address: only failures count.
     */
    interface Throttle {
        @WithDefault("1s")
        Duration firstDelay();

        @WithDefault("5m")
        Duration maxDelay();

        /** An account with no attempt for this long starts again from the first delay. */
        @WithDefault("1h")
        Duration forgetAfter();

        /** Failed sign-ins from one client address within {@code address-window} before failures are answered 429. */
        @WithDefault("100")
        int addressFailures();

        @WithDefault("15m")
        Duration addressWindow();
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
