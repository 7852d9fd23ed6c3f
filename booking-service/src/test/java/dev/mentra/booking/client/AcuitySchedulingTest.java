package dev.mentra.booking.client;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.mentra.booking.AcuityStandIn;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mentra.booking.AcuityStandIn.acuity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries, back-off and the circuit breaker of every call to Acuity, against the stand-in. */
@QuarkusTest
@WithTestResource(value = AcuityStandIn.class, scope = TestResourceScope.GLOBAL)
class AcuitySchedulingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AcuityScheduling acuity;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void aRateLimitedCallIsRepeatedOnlyAfterTheRetryAfterAcuityAskedFor() {
        long id = AcuityStandIn.newAppointmentId();
        String path = "/api/v1/appointments/" + id;
        acuity().stubFor(get(urlPathEqualTo(path)).inScenario("limited " + id).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody(AcuityStandIn.error(429, "too_many_requests", "Too many requests")))
                .willSetStateTo("open"));
        acuity().stubFor(get(urlPathEqualTo(path)).inScenario("limited " + id).whenScenarioStateIs("open")
                .willReturn(okJson(appointment(id))));

        assertThat(acuity.appointment(id).await().atMost(WAIT).id()).isEqualTo(id);

        List<ServeEvent> served = served(path);
        assertThat(served).hasSize(2);
        long waitedMs = served.get(1).getRequest().getLoggedDate().getTime()
                - served.get(0).getRequest().getLoggedDate().getTime();
        assertThat(waitedMs).as("waited as Acuity asked").isGreaterThanOrEqualTo(1900);
    }

    @Test
    void aBookingTurnedAwayWithRetryAfterIsRepeatedAndOneThatFailedIsNot() {
        String calendar = AcuityStandIn.newCalendarId();
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments")).inScenario("booking " + calendar)
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
                .willSetStateTo("failing"));
        acuity().stubFor(post(urlPathEqualTo("/api/v1/appointments")).inScenario("booking " + calendar)
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar)))
                .whenScenarioStateIs("failing")
                .willReturn(aResponse().withStatus(500)));
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3);

        // 503 with Retry-After: turned away unread, asked again; then a 500: it may have been made, not repeated
        assertThatThrownBy(() -> acuity.book(calendar, "4321", start, "UTC", "Pat Person", "p@example.com", "")
                .await().atMost(WAIT)).isInstanceOf(AcuityException.Unavailable.class);
        acuity().verify(2, postRequestedFor(urlPathEqualTo("/api/v1/appointments"))
                .withRequestBody(matchingJsonPath("$.calendarID", equalTo(calendar))));
    }

    @Test
    void aReadThatFailedIsRetriedWithBackOff() {
        long id = AcuityStandIn.newAppointmentId();
        String path = "/api/v1/appointments/" + id;
        acuity().stubFor(get(urlPathEqualTo(path)).inScenario("flaky " + id).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
        acuity().stubFor(get(urlPathEqualTo(path)).inScenario("flaky " + id).whenScenarioStateIs("up")
                .willReturn(okJson(appointment(id))));

        assertThat(acuity.appointment(id).await().atMost(WAIT).id()).isEqualTo(id);
        assertThat(served(path)).hasSize(2);
    }

    @Test
    void aRefusalIsNotRetried() {
        long id = AcuityStandIn.newAppointmentId();
        String path = "/api/v1/appointments/" + id;
        acuity().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(AcuityStandIn.error(404, "not_found", "Appointment not found"))));

        assertThatThrownBy(() -> acuity.appointment(id).await().atMost(WAIT))
                .isInstanceOf(AcuityException.Refused.class).hasMessageContaining("not found");
        acuity().verify(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void theCircuitOpensWhenAcuityKeepsFailingAndThenAcuityIsNotAsked() {
        long id = AcuityStandIn.newAppointmentId();
        String path = "/api/v1/appointments/" + id;
        acuity().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));
        try {
            Throwable last = null;
            for (int call = 0; call < 15 && !(last instanceof CircuitBreakerOpenException); call++) {
                try {
                    acuity.appointment(id).await().atMost(WAIT);
                } catch (RuntimeException e) {
                    last = e;
                }
            }
            assertThat(last).isInstanceOf(CircuitBreakerOpenException.class);
            int asked = served(path).size();
            assertThatThrownBy(() -> acuity.appointment(id).await().atMost(WAIT))
                    .isInstanceOf(CircuitBreakerOpenException.class);
            assertThat(served(path)).as("an open circuit does not ask Acuity").hasSize(asked);
        } finally {
            // every test shares the application: the next one finds the circuits closed
            breakers.resetAll();
        }
    }

    private static List<ServeEvent> served(String path) {
        return acuity().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .toList();
    }

    private static String appointment(long id) {
        return AcuityStandIn.appointment(id, "123456", "4321", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2),
                "p@example.com", "", false);
    }
}
