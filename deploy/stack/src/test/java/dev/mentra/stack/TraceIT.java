package dev.mentra.stack;

import dev.mentra.local.stack.DemoAccount;
import dev.mentra.stack.SpanReceiver.ReceivedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One booking is one trace across the stack: the browser's call through the gateway to booking-service, the event it
 * wrote to its outbox published to Kafka later, chat-service applying it and opening the session room, and the room
 * delivered to the mentor's open socket. The applications export to the test's {@link SpanReceiver}; the test's
 * sampled {@code traceparent} is what makes this trace recorded (nothing else is sampled).
 */
class TraceIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void startStack() throws Exception {
        SharedStack.get();
    }

    @Test
    void aBookedSessionIsOneTraceFromTheGatewayToTheSocketThatDeliveredTheRoom() throws Exception {
        String mentee = SharedStack.signIn(DemoAccount.MENTEE);
        String mentor = SharedStack.signIn(DemoAccount.MENTOR);
        String mentorId = Awaitility.await().atMost(WAIT).until(() -> given()
                .queryParam("kind", "HUMAN").queryParam("q", "Oscar Mentor").get("/api/mentors")
                .jsonPath().getString("items.find { it.displayName == 'Oscar Mentor' }.id"), Objects::nonNull);
        Response slots = Awaitility.await().atMost(WAIT).until(() -> given().auth().oauth2(mentee)
                .queryParam("mentorId", mentorId).queryParam("timeZone", "Europe/Paris")
                .get("/api/bookings/slots"), r -> r.statusCode() == 200 && !r.jsonPath().getList("slots").isEmpty());
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String browserSpan = "b7ad6b7169203331";

        String conversationId;
        try (LiveClient mentorSocket = LiveClient.connect(SharedStack.gateway(), mentor)) {
            mentorSocket.await("ready", WAIT);
            String bookingId = given().auth().oauth2(mentee)
                    .header("traceparent", "00-" + traceId + "-" + browserSpan + "-01")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(ContentType.JSON)
                    .body(Map.of("mentorId", mentorId, "startsAt", slots.jsonPath().getString("slots[0].startsAt"),
                            "timeZone", "Europe/Paris", "note", "Traced booking"))
                    .post("/api/bookings").then().statusCode(201).extract().jsonPath().getString("id");
            conversationId = mentorSocket.await(f -> "conversation.created".equals(f.path("type").asText())
                            && bookingId.equals(f.path("conversation").path("bookingId").asText()), WAIT)
                    .path("conversation").path("id").asText();
        }

        SpanReceiver receiver = SharedStack.spans();
        String room = conversationId;
        // walking up from the delivery: every hop of the booking's way, each the parent's child (the services export
        // on their own schedules: wait until the whole path has arrived)
        List<ReceivedSpan> path;
        try {
            path = Awaitility.await().atMost(WAIT).until(() -> {
                List<ReceivedSpan> trace = receiver.trace(traceId);
                ReceivedSpan delivery = one(trace, s -> s.service().equals("chat-service")
                        && s.name().equals("deliver conversation.created")
                        && room.equals(s.attributes().get("mentra.conversation.id")));
                return delivery == null ? null : ancestors(trace, delivery, browserSpan);
            }, p -> p != null && p.get(p.size() - 1).parentSpanId().equals(browserSpan));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("No unbroken path from the socket delivery up to the browser's span; trace "
                    + traceId + " as received: " + receiver.trace(traceId), e);
        }
        assertThat(path.get(0).attributes()).containsEntry("mentra.chat.sockets", "1");
        String route = path.stream().map(s -> s.service() + ":" + s.kind() + ":" + s.name())
                .collect(Collectors.joining(" <- "));
        assertThat(path).as(route).anyMatch(s -> s.service().equals("chat-service")
                && s.name().equals("apply booking.confirmed"));
        assertThat(path).as(route).anyMatch(s -> s.service().equals("booking-service")
                && s.name().equals("publish bookings.v1") && s.kind() == SpanKind.SPAN_KIND_PRODUCER);
        assertThat(path).as(route).anyMatch(s -> s.service().equals("booking-service")
                && s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan root = path.get(path.size() - 1);
        assertThat(root.service()).as(route).isEqualTo("gateway");
        assertThat(root.kind()).as(route).isEqualTo(SpanKind.SPAN_KIND_SERVER);
        assertThat(root.parentSpanId()).as(route).isEqualTo(browserSpan);
    }

    /** {@code span} and its ancestors as received so far, nearest first, up to the remote {@code rootParent}. */
    private static List<ReceivedSpan> ancestors(List<ReceivedSpan> trace, ReceivedSpan span, String rootParent) {
        Map<String, ReceivedSpan> byId = trace.stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, s -> s, (a, b) -> a));
        List<ReceivedSpan> path = new ArrayList<>();
        ReceivedSpan at = span;
        while (at != null) {
            path.add(at);
            at = at.parentSpanId().equals(rootParent) ? null : byId.get(at.parentSpanId());
        }
        return path;
    }

    private static ReceivedSpan one(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which) {
        return spans.stream().filter(which).findFirst().orElse(null);
    }

}
