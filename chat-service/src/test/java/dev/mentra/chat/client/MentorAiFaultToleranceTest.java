package dev.mentra.chat.client;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.mentra.chat.testing.Conversations;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.chat.testing.MentorServiceStub;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * mentor-service slow or down, as chat sees it: a timeout until the answer starts, one circuit breaker, and a notice
 * in the conversation that says why (test values: 2 s, and a breaker opens after 4 failures in a row).
 */
@QuarkusTest
class MentorAiFaultToleranceTest {

    private static final WireMock MENTOR_SERVICE = new WireMock(MentorServiceStub.shared().port());

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeTheBreakers() {
        // the application is shared with every other test: each test here starts and leaves the breaker closed
        breakers.reset(MentorAi.REPLIES);
        breakers.reset(MentorAi.COUNCILS);
    }

    @Test
    void anEngineThatDoesNotStartAnsweringInTimeLeavesANotice() {
        Person mentee = Person.any("Sue");
        String mentorId = Fixtures.mentor("AI", null, "Slow Sal");
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/mentors/" + mentorId + "/replies"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withFixedDelay(6_000).withBody("data:{\"type\":\"final\",\"text\":\"Too late\"}\n\n")));
        String conversation = open(mentee, mentorId);

        Conversations.send(mentee, conversation, "Are you there?", null).statusCode(201);

        assertThat(notices(mentee, conversation, 1, Duration.ofSeconds(5)))
                .containsExactly("The mentor could not answer: The AI engine did not answer in time. "
                        + "Send your message again to retry.");
    }

    @Test
    void whileMentorServiceIsDownTheBreakerOpensAndItIsNoLongerCalled() {
        Person mentee = Person.any("Dan");
        String mentorId = Fixtures.mentor("AI", null, "Down Dora");
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/mentors/" + mentorId + "/replies"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String conversation = open(mentee, mentorId);

        for (int i = 1; i <= 4; i++) {
            Conversations.send(mentee, conversation, "Question " + i, null).statusCode(201);
            notices(mentee, conversation, i, Duration.ofSeconds(20));
        }
        assertThat(breakers.currentState(MentorAi.REPLIES)).isEqualTo(CircuitBreakerState.OPEN);
        Conversations.send(mentee, conversation, "Question 5", null).statusCode(201);

        List<String> notices = notices(mentee, conversation, 5, Duration.ofSeconds(20));
        assertThat(notices).allMatch(text -> text.equals(
                "The mentor could not answer: The AI engine is not available right now. Send your message again to retry."));
        assertThat(MENTOR_SERVICE.find(postRequestedFor(urlEqualTo("/internal/ai/mentors/" + mentorId + "/replies"))))
                .hasSize(4);
    }

    @Test
    void aRefusalForThePersonDoesNotCountAgainstMentorService() {
        Person mentee = Person.any("Ron");
        String councilId = Fixtures.newId("council");
        MENTOR_SERVICE.register(post(urlEqualTo("/internal/ai/councils/" + councilId + "/sessions"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://mentra.dev/problems/not-found\",\"status\":404}")));
        String conversation = Conversations.open(mentee, Map.of("kind", "COUNCIL", "councilId", councilId))
                .statusCode(201).extract().jsonPath().getString("id");

        for (int i = 1; i <= 5; i++) {
            Conversations.send(mentee, conversation, "Anyone " + i + "?", null).statusCode(201);
            notices(mentee, conversation, i, Duration.ofSeconds(20));
        }
        assertThat(breakers.currentState(MentorAi.COUNCILS)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(MENTOR_SERVICE.find(postRequestedFor(urlEqualTo("/internal/ai/councils/" + councilId + "/sessions"))))
                .hasSize(5);
    }

    private static String open(Person mentee, String mentorId) {
        return Conversations.open(mentee, Map.of("kind", "AI_MENTOR", "mentorId", mentorId))
                .statusCode(201).extract().jsonPath().getString("id");
    }

    /** Waits for {@code count} system notices in the conversation and returns their texts. */
    private static List<String> notices(Person who, String conversation, int count, Duration within) {
        await().atMost(within).until(() -> texts(who, conversation).size() >= count);
        return texts(who, conversation);
    }

    private static List<String> texts(Person who, String conversation) {
        return given().auth().oauth2(who.token()).queryParam("after", 0).queryParam("limit", 200)
                .get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.author.kind == 'SYSTEM' }.text", String.class);
    }
}
