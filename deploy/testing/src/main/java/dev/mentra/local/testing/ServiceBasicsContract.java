package dev.mentra.local.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every Mentra service promises operators (architecture contract): health, metrics, OpenAPI, its own
 * migrated database, a reachable broker. Each service's test extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

    /** The service's {@code quarkus.application.name}. */
    protected abstract String serviceName();

    /** The service's own database. */
    protected abstract String database();

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyOnlyWithItsDatabaseAndTheBroker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutboxRelayAndParkedEvents() {
        MetricsScrape metrics = MetricsScrape.now();
        assertThat(metrics.has("jvm_memory_used_bytes", "application", serviceName())).isTrue();
        assertThat(metrics.has("mentra_outbox_published_total", "application", serviceName())).isTrue();
        // from the start, at zero, for each of the service's consumers
        assertThat(metrics.labelValues("mentra_inbox_parked_total", "consumer"))
                .anyMatch(consumer -> consumer.startsWith(serviceName() + "."));
        assertThat(metrics.labelValues("mentra_inbox_parked_waiting", "consumer"))
                .anyMatch(consumer -> consumer.startsWith(serviceName() + "."));
    }

    /**
     * The metrics list the Grafana dashboard is checked against ({@link ExposedMetrics}) and what the service
     * exposes agree both ways: everything listed for it is there (from the start, before any traffic), and every
     * {@code mentra_*} metric it exposes is listed (so a new one is on the dashboard's list too).
     */
    @Test
    void exposesExactlyTheMentraMetricsTheDashboardListsForIt() {
        given().get("/api/admin/parked-events"); // one application request: the HTTP server timer exists after it
        MetricsScrape metrics = MetricsScrape.now();
        List<String> listed = ExposedMetrics.of(serviceName());
        assertThat(listed).isNotEmpty();
        assertThat(listed).allSatisfy(name -> assertThat(metrics.has(name, "application", serviceName()))
                .as("%s exposes %s", serviceName(), name).isTrue());
        assertThat(metrics.names()).filteredOn(name -> name.startsWith("mentra_")).allSatisfy(name ->
                assertThat(listed).as("%s is listed in %s", name, ExposedMetrics.FILE).contains(name));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo("Mentra " + serviceName()));
    }

    /**
     * The defaults every service shares (datasource, Flyway, Kafka, OpenAPI, devservices) come from mentra-platform's
     * {@code META-INF/microprofile-config.properties}, and none is copied back into the service's
     * application.properties (overriding with another value is allowed). Build-time keys among them are shown read at
     * build by this contract's other tests: the Kafka readiness check ({@code quarkus.kafka.health.enabled}), the
     * OpenAPI title ({@code info-title}), the migrated database ({@code quarkus.flyway.migrate-at-start}).
     */
    @Test
    void runsWithThePlatformsSharedDefaultsAndCopiesNone() throws IOException {
        Config config = ConfigProvider.getConfig();
        // fixed at build (Quarkus records it), read there from the platform's file
        assertThat(config.getValue("quarkus.datasource.db-kind", String.class)).isEqualTo("postgresql");
        assertThat(config.getValue("quarkus.datasource.jdbc.max-size", Integer.class)).isEqualTo(2);
        assertThat(config.getConfigValue("quarkus.datasource.jdbc.max-size").getSourceName())
                .contains("META-INF/microprofile-config.properties");
        assertThat(config.getValue("quarkus.flyway.out-of-order", Boolean.class)).isTrue();
        assertThat(config.getValue("quarkus.http.auth.proactive", Boolean.class)).isFalse();
        assertThat(config.getValue("mentra.database", String.class)).isEqualTo(database());

        Properties shared = platformDefaults();
        assertThat(shared).containsKeys("quarkus.datasource.db-kind", "quarkus.flyway.migrate-at-start",
                "kafka.bootstrap.servers", "quarkus.smallrye-openapi.info-title", "quarkus.devservices.enabled");
        Properties own = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            own.load(in);
        }
        List<String> copied = new ArrayList<>();
        shared.stringPropertyNames().forEach(key -> {
            if (shared.getProperty(key).equals(own.getProperty(key))) {
                copied.add(key);
            }
        });
        assertThat(copied).as("keys of application.properties that repeat deploy/platform's defaults").isEmpty();
    }

    /** The platform's configuration file: the one on the class path that sets the shared datasource defaults. */
    private static Properties platformDefaults() throws IOException {
        for (URL url : Collections.list(Thread.currentThread().getContextClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = url.openStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            if (properties.containsKey("quarkus.datasource.db-kind")) {
                return properties;
            }
        }
        throw new AssertionError("no META-INF/microprofile-config.properties with the shared defaults on the class path");
    }

    @Test
    void namesItselfInEveryAnswer() {
        given().get("/q/health/live").then().header("Mentra-Service", serviceName());
    }

    @Test
    void ownsAMigratedDatabaseWithOutboxAndInbox() {
        TestDatabase db = TestDatabase.of(database());
        assertThat(db.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                + " ('mentra_outbox', 'mentra_inbox', 'mentra_inbox_parked')")).isEqualTo(3);
    }

    @Test
    void servesItsParkedEventsToAdminsOnly() {
        given().get("/api/admin/parked-events").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(signedInToken()).get("/api/admin/parked-events").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(signedInToken()).post("/api/admin/parked-events/replay").then().statusCode(403);
        given().auth().oauth2(adminToken()).get("/api/admin/parked-events").then().statusCode(200)
                .body("page", equalTo(0));
    }

    /**
     * Event payloads are written and read by Jackson outside REST, where Quarkus would register them itself: a native
     * image cannot see their accessors unless they are registered for reflection.
     */
    @Test
    void registersItsEventPayloadsForANativeImagesReflection() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> payloads;
        try (var files = Files.walk(classes)) {
            payloads = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && f.contains("/messaging/"))
                    .<Class<?>>map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .filter(Class::isRecord)
                    .toList();
        }
        assertThat(payloads).isNotEmpty().allSatisfy(payload -> assertThat(Arrays.stream(payload.getAnnotations())
                .map(a -> a.annotationType().getName()))
                .as(payload.getName()).contains("io.quarkus.runtime.annotations.RegisterForReflection"));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of a signed-in user who is not an admin, as this service verifies them. */
    protected String signedInToken() {
        return TestTokens.anyUser().roles("mentee", "mentor").sign();
    }

    /** A token of an admin, as this service verifies them. */
    protected String adminToken() {
        return TestTokens.anyUser().roles("admin").sign();
    }
}
