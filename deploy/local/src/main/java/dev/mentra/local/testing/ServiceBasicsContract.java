package dev.mentra.local.testing;

import org.junit.jupiter.api.Test;

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
    void exposesPrometheusMetricsIncludingTheOutboxRelay() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("mentra_outbox_published_total"));
    }

    @Test
    void publishesItsOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("info.title", equalTo("Mentra " + serviceName()));
    }

    @Test
    void namesItselfInEveryAnswer() {
        given().get("/q/health/live").then().header("Mentra-Service", serviceName());
    }

    @Test
    void ownsAMigratedDatabaseWithOutboxAndInbox() {
        TestDatabase db = TestDatabase.of(database());
        assertThat(db.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('mentra_outbox', 'mentra_inbox')"))
                .isEqualTo(2);
    }
}
