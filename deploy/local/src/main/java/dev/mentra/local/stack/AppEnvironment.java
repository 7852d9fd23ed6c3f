package dev.mentra.local.stack;

import dev.mentra.local.postgres.PostgresEndpoint;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What each application of the local stack is told through its environment: where its database and the broker are,
 * where the services are, the token policy of the local issuer, the secrets of this data directory and the service
 * credential chat-service calls mentor-service with. A value already set in the launcher's own environment (real
 * Clerk, say) is passed through unchanged.
 */
final class AppEnvironment {

    /**
     * The applications' shutdown delay (readiness DOWN before work stops, 5 s in production): nothing on one machine
     * routes by readiness, so a local run stops at once. {@code MENTRA_SHUTDOWN_DELAY} in the launcher's environment
     * wins.
     */
    static final String LOCAL_SHUTDOWN_DELAY = "0s";

    private final StackSettings settings;
    private final Map<String, String> launcherEnvironment;
    /**
     * chat-service's credential for mentor-service's internal routes: drawn once per run (so a restarted service
     * gets the same), given to both, unless MENTRA_CHAT_SERVICE_CREDENTIAL is set.
     */
    private final String chatServiceCredential = newCredential();
    private final Map<String, String> extra = new HashMap<>();
    private PostgresEndpoint database;
    private String kafkaBootstrap;
    private String keyEncryptionKey;

    AppEnvironment(StackSettings settings, Map<String, String> launcherEnvironment) {
        this.settings = settings;
        this.launcherEnvironment = Map.copyOf(launcherEnvironment);
    }

    /** Where the database and the broker are, and identity-service's key-encryption key: known once they run. */
    synchronized void infrastructure(PostgresEndpoint database, String kafkaBootstrap, String keyEncryptionKey) {
        this.database = database;
        this.kafkaBootstrap = kafkaBootstrap;
        this.keyEncryptionKey = keyEncryptionKey;
    }

    /** Sets a variable for every application started from now on, over everything else. */
    synchronized void put(String name, String value) {
        extra.put(name, value);
    }

    synchronized Map<String, String> of(StackApp app) {
        if (database == null && app.database().isPresent() || kafkaBootstrap == null) {
            throw new IllegalStateException("the database and the broker must run before " + app.module());
        }
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        // data/logs/<module>.log is read by people: text, not the production JSON lines
        defaultTo(env, "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        defaultTo(env, "MENTRA_SHUTDOWN_DELAY", LOCAL_SHUTDOWN_DELAY);
        String gateway = settings.url(StackApp.GATEWAY);
        defaultTo(env, "MENTRA_JWKS_URL", settings.url(StackApp.IDENTITY) + "/.well-known/jwks.json");
        defaultTo(env, "MENTRA_TOKEN_ISSUER", gateway);
        defaultTo(env, "MENTRA_AUTHORIZED_PARTIES", gateway);
        defaultTo(env, "MENTRA_ALLOWED_ORIGINS", gateway);
        if (app == StackApp.IDENTITY) {
            defaultTo(env, "MENTRA_DEMO_ACCOUNTS", "true");
            // the signing keys in the local database are encrypted like production's, with a key of this data dir
            defaultTo(env, "MENTRA_KEY_ENCRYPTION_KEY", keyEncryptionKey);
            // MENTRA_COOKIE_SECURE stays on (its default): browsers accept Secure cookies on http://localhost
        }
        if (app == StackApp.CHAT) {
            // AI and council replies are streamed from mentor-service's internal API
            defaultTo(env, "MENTOR_SERVICE_URL", settings.url(StackApp.MENTOR));
        }
        if (app == StackApp.CHAT || app == StackApp.MENTOR) {
            // chat-service sends it, mentor-service's /internal routes answer only to it
            defaultTo(env, "MENTRA_CHAT_SERVICE_CREDENTIAL", chatServiceCredential);
        }
        if (app == StackApp.MENTOR || app == StackApp.BOOKING) {
            defaultTo(env, "MENTRA_DEMO_MENTORS", "true");
        }
        app.database().ifPresent(name -> {
            env.put("DB_HOST", database.host());
            env.put("DB_PORT", Integer.toString(database.port()));
            env.put("DB_NAME", name);
            env.put("DB_USER", database.user());
            env.put("DB_PASSWORD", database.password());
        });
        if (app == StackApp.GATEWAY) {
            for (StackApp service : StackApp.values()) {
                if (service != StackApp.GATEWAY) {
                    env.put(service.urlVariable(), settings.url(service));
                }
            }
        }
        env.putAll(extra);
        return env;
    }

    private void defaultTo(Map<String, String> env, String name, String value) {
        String given = launcherEnvironment.get(name);
        env.put(name, given == null || given.isBlank() ? value : given);
    }

    private static String newCredential() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
