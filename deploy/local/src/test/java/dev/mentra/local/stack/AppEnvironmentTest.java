package dev.mentra.local.stack;

import dev.mentra.local.postgres.PostgresEndpoint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each application of the local run is told through its environment. */
class AppEnvironmentTest {

    private static final StackSettings SETTINGS = StackSettings.fromEnvironment(Path.of("/repo"), Map.of(), false);
    private static final PostgresEndpoint DATABASE = new PostgresEndpoint("localhost", 15432, "postgres", "pg-secret");

    private static AppEnvironment environment(Map<String, String> launcher) {
        AppEnvironment environment = new AppEnvironment(SETTINGS, launcher);
        environment.infrastructure(DATABASE, "localhost:19092", "the-kek");
        return environment;
    }

    @Test
    void eachServiceGetsItsOwnDatabaseTheBrokerAndTheLocalIssuersTokenPolicy() {
        Map<String, String> booking = environment(Map.of()).of(StackApp.BOOKING);
        assertThat(booking).containsEntry("DB_HOST", "localhost").containsEntry("DB_PORT", "15432")
                .containsEntry("DB_NAME", "booking").containsEntry("DB_USER", "postgres")
                .containsEntry("DB_PASSWORD", "pg-secret")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
                .containsEntry("MENTRA_JWKS_URL", "http://localhost:8081/.well-known/jwks.json")
                .containsEntry("MENTRA_TOKEN_ISSUER", "http://localhost:8080")
                .containsEntry("MENTRA_AUTHORIZED_PARTIES", "http://localhost:8080")
                .containsEntry("MENTRA_ALLOWED_ORIGINS", "http://localhost:8080")
                .containsEntry("MENTRA_SHUTDOWN_DELAY", "0s")
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false")
                .containsEntry("MENTRA_DEMO_MENTORS", "true");
        assertThat(environment(Map.of()).of(StackApp.CHAT)).containsEntry("DB_NAME", "chat")
                .containsEntry("MENTOR_SERVICE_URL", "http://localhost:8082");
    }

    @Test
    void theGatewayFindsEveryServiceAndHasNoDatabase() {
        Map<String, String> gateway = environment(Map.of()).of(StackApp.GATEWAY);
        assertThat(gateway).containsEntry("IDENTITY_SERVICE_URL", "http://localhost:8081")
                .containsEntry("MENTOR_SERVICE_URL", "http://localhost:8082")
                .containsEntry("BOOKING_SERVICE_URL", "http://localhost:8083")
                .containsEntry("CHAT_SERVICE_URL", "http://localhost:8084")
                .doesNotContainKeys("DB_HOST", "DB_NAME", "DB_PASSWORD", "MENTRA_CHAT_SERVICE_CREDENTIAL");
    }

    @Test
    void identityServiceCreatesTheDemoAccountsAndEncryptsItsKeysWithTheDataDirectorysKey() {
        assertThat(environment(Map.of()).of(StackApp.IDENTITY)).containsEntry("MENTRA_DEMO_ACCOUNTS", "true")
                .containsEntry("MENTRA_KEY_ENCRYPTION_KEY", "the-kek").containsEntry("DB_NAME", "identity");
    }

    @Test
    void chatAndMentorServiceShareOneCredentialDrawnPerRun() {
        AppEnvironment environment = environment(Map.of());
        String chat = environment.of(StackApp.CHAT).get("MENTRA_CHAT_SERVICE_CREDENTIAL");
        assertThat(chat).hasSizeGreaterThanOrEqualTo(40);
        assertThat(environment.of(StackApp.MENTOR)).containsEntry("MENTRA_CHAT_SERVICE_CREDENTIAL", chat);
        // a restarted chat-service gets the same; another run another
        assertThat(environment.of(StackApp.CHAT)).containsEntry("MENTRA_CHAT_SERVICE_CREDENTIAL", chat);
        assertThat(environment(Map.of()).of(StackApp.CHAT).get("MENTRA_CHAT_SERVICE_CREDENTIAL")).isNotEqualTo(chat);
        assertThat(environment.of(StackApp.BOOKING)).doesNotContainKey("MENTRA_CHAT_SERVICE_CREDENTIAL");
    }

    @Test
    void aValueSetInTheLaunchersEnvironmentWinsOverTheLocalDefault() {
        AppEnvironment environment = environment(Map.of(
                "MENTRA_SHUTDOWN_DELAY", "5s",
                "MENTRA_TOKEN_ISSUER", "https://clerk.example.com",
                "MENTRA_CHAT_SERVICE_CREDENTIAL", "given",
                "MENTRA_DEMO_ACCOUNTS", " "));
        Map<String, String> identity = environment.of(StackApp.IDENTITY);
        assertThat(identity).containsEntry("MENTRA_SHUTDOWN_DELAY", "5s")
                .containsEntry("MENTRA_TOKEN_ISSUER", "https://clerk.example.com")
                // blank counts as unset
                .containsEntry("MENTRA_DEMO_ACCOUNTS", "true");
        assertThat(environment.of(StackApp.MENTOR)).containsEntry("MENTRA_CHAT_SERVICE_CREDENTIAL", "given");
    }

    @Test
    void variablesPutByATestComeLastAndReachEveryApplication() {
        AppEnvironment environment = environment(Map.of());
        environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://localhost:4318");
        environment.put("MENTRA_SHUTDOWN_DELAY", "1s");
        for (StackApp app : StackApp.values()) {
            assertThat(environment.of(app))
                    .containsEntry("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://localhost:4318")
                    .containsEntry("MENTRA_SHUTDOWN_DELAY", "1s");
        }
    }

    @Test
    void noApplicationIsToldAnythingBeforeTheDatabaseAndBrokerRun() {
        assertThatThrownBy(() -> new AppEnvironment(SETTINGS, Map.of()).of(StackApp.GATEWAY))
                .isInstanceOf(IllegalStateException.class);
    }
}
