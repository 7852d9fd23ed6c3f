package dev.mentra.platform.tracing;

import dev.mentra.local.testing.TestDatabase;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.local.testing.TopicWriter;
import dev.mentra.platform.testapp.AppliedEffectConsumer;
import dev.mentra.platform.testapp.NoteResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event travels in the trace of the work that caused it: the outbox keeps the writer's trace context, the relay
 * publishes in a span of that trace and puts it in the record's headers, and the consumer applies the event (and
 * writes its own events) in that trace too, however much later.
 */
@QuarkusTest
class TraceContextTest {

    private final TestDatabase db = TestDatabase.of("platform");

    @Test
    void anEventIsPublishedInTheTraceOfTheRequestThatWroteIt() {
        String traceId = newTraceId();
        String id = given().contentType(ContentType.JSON).body(Map.of("text", "traced"))
                .header("traceparent", "00-" + traceId + "-" + newSpanId() + "-01")
                .post("/notes").then().statusCode(200).extract().jsonPath().getString("id");

        // the row keeps the context of the request's span
        String stored = db.rows("SELECT traceparent FROM mentra_outbox WHERE message_key = ?", id)
                .get(0).get("traceparent").toString();
        SpanData request = await().atMost(Duration.ofSeconds(10)).until(
                () -> single(traceId, s -> s.getKind() == SpanKind.SERVER), s -> s != null);
        assertThat(stored).isEqualTo("00-" + traceId + "-" + request.getSpanId() + "-01");

        // the record carries the relay's publish span, a child of the stored context
        String header;
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            ConsumerRecord<String, String> record =
                    reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(20)).get(0);
            header = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        }
        SpanData publish = await().atMost(Duration.ofSeconds(10)).until(
                () -> single(traceId, s -> s.getName().equals("publish " + NoteResource.TOPIC)), s -> s != null);
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(header).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
    }

    @Test
    void aConsumerAppliesAnEventAndWritesItsOwnEventsInTheTraceTheRecordCarries() {
        String traceId = newTraceId();
        String producerSpan = newSpanId();
        String subject = "traced-" + UUID.randomUUID();
        ProducerRecord<String, String> record = new ProducerRecord<>("platform.test.events", subject,
                event(subject));
        record.headers().add("traceparent",
                ("00-" + traceId + "-" + producerSpan + "-01").getBytes(StandardCharsets.UTF_8));
        try (TopicWriter writer = TopicWriter.create()) {
            writer.send(record);
        }

        SpanData apply = await().atMost(Duration.ofSeconds(20)).until(
                () -> single(traceId, s -> s.getName().equals("apply thing.happened")), s -> s != null);
        assertThat(apply.getAttributes().asMap().toString())
                .contains(AppliedEffectConsumer.NAME).contains("APPLIED");
        assertThat(ancestors(traceId, apply)).contains(producerSpan);

        // what the effect wrote to the outbox belongs to the apply span
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(db.rows(
                "SELECT traceparent FROM mentra_outbox WHERE topic = ? AND message_key = ?",
                AppliedEffectConsumer.TOPIC, subject)).singleElement()
                .extracting(row -> row.get("traceparent"))
                .isEqualTo("00-" + traceId + "-" + apply.getSpanId() + "-01"));
    }

    @Test
    void workOutsideAnySampledTraceStillCarriesAContextButRecordsNothing() {
        String traceId = newTraceId();
        String id = given().contentType(ContentType.JSON).body(Map.of("text", "not sampled"))
                .header("traceparent", "00-" + traceId + "-" + newSpanId() + "-00")
                .post("/notes").then().statusCode(200).extract().jsonPath().getString("id");

        assertThat(db.rows("SELECT traceparent FROM mentra_outbox WHERE message_key = ?", id).get(0)
                .get("traceparent").toString()).matches("00-" + traceId + "-[0-9a-f]{16}-00");
        try (TopicReader reader = TopicReader.of(NoteResource.TOPIC)) {
            ConsumerRecord<String, String> record =
                    reader.await(1, r -> r.key().equals(id), Duration.ofSeconds(20)).get(0);
            assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .matches("00-" + traceId + "-[0-9a-f]{16}-00");
        }
        assertThat(RecordedSpans.of(traceId)).isEmpty();
    }

    private static SpanData single(String traceId, java.util.function.Predicate<SpanData> which) {
        List<SpanData> found = RecordedSpans.of(traceId).stream().filter(which).toList();
        assertThat(found).hasSizeLessThan(2);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The span ids above {@code span}, up to the root of what was recorded (and the remote parent it names). */
    private static List<String> ancestors(String traceId, SpanData span) {
        Map<String, SpanData> byId = RecordedSpans.of(traceId).stream()
                .collect(java.util.stream.Collectors.toMap(SpanData::getSpanId, s -> s, (a, b) -> a));
        List<String> chain = new java.util.ArrayList<>();
        SpanData at = span;
        while (at != null && at.getParentSpanContext().isValid()) {
            chain.add(at.getParentSpanId());
            at = byId.get(at.getParentSpanId());
        }
        return chain;
    }

    private static String event(String subject) {
        return """
                {"id":"%s","type":"thing.happened","version":1,"occurredAt":"2026-11-30T10:00:00Z",\
                "subject":"%s","data":{"publish":true}}""".formatted(UUID.randomUUID(), subject);
    }

    static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    static String newSpanId() {
        return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
                .putLong(ThreadLocalRandom.current().nextLong() | 1L).array());
    }
}
