package dev.mentra.stack;

import dev.mentra.local.stack.AppReplica;
import dev.mentra.local.stack.DemoAccount;
import dev.mentra.local.stack.LocalStack;
import dev.mentra.local.stack.StackApp;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chat-service replica stopped the way Kubernetes stops a pod, with SIGTERM, while its clients talk: its
 * readiness goes DOWN first and it goes on serving through the shutdown delay, then it closes every socket with
 * 1012; the clients reconnect to the other replica, resume with {@code afterSeq} and send again what was never
 * acknowledged (same clientId), and every participant ends up with every message once (placed by seq, as the web
 * client does). The replica's Kafka consumer commits what it processed before it exits.
 *
 * <p>The second replica is the launcher's packaged chat-service with its own port and instance id
 * ({@link LocalStack#startReplica}); clients reach both replicas directly. Through the gateway they could not: it
 * routes to one chat-service URL, which in production is a Kubernetes Service that sends a reconnecting client to
 * a ready pod, a balancer this stack does not have. What the gateway adds, passing the close code on, is the
 * gateway's own {@code ChatSocketTest}.
 */
class ChatReplicaStopIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int MENTEES = 4;

    private static LocalStack stack;
    private static AppReplica doomed;
    private static String instanceId;

    @BeforeAll
    static void startASecondReplica() throws Exception {
        stack = SharedStack.get();
        instanceId = "stop-it-" + UUID.randomUUID().toString().substring(0, 8);
        // the production delay, not the local run's
        doomed = stack.startReplica(StackApp.CHAT, "stop-it",
                Map.of("CHAT_INSTANCE_ID", instanceId, "MENTRA_SHUTDOWN_DELAY", DELAY.toSeconds() + "s"));
    }

    @AfterAll
    static void stopIt() {
        if (doomed != null) {
            doomed.close();
        }
    }

    @Test
    void aStoppingReplicaGoesUnreadyThenHandsItsSocketsToTheOtherAndNoMessageIsLostOrDoubled() throws Exception {
        String primary = stack.url(StackApp.CHAT);
        String mentorId = Awaitility.await().atMost(WAIT).until(() -> given()
                .queryParam("kind", "HUMAN").queryParam("q", "Oscar Mentor").get("/api/mentors")
                .jsonPath().getString("items.find { it.displayName == 'Oscar Mentor' }.id"), Objects::nonNull);

        // four mentees, each in a conversation with the demo mentor; the mentor and two of them on the doomed replica
        List<ChatPerson> mentees = new ArrayList<>();
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
            String token = signUp("Stop Test " + i);
            String conversationId = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "DIRECT", "mentorId", mentorId))
                    .post("/api/conversations").then().statusCode(201).extract().jsonPath().getString("id");
            conversations.add(conversationId);
            mentees.add(new ChatPerson("mentee " + i, token, List.of(conversationId), primary));
        }
        ChatPerson mentor = new ChatPerson("mentor", SharedStack.signIn(DemoAccount.MENTOR), conversations, primary);
        List<ChatPerson> onDoomed = List.of(mentor, mentees.get(0), mentees.get(1));
        List<ChatPerson> everyone = new ArrayList<>(mentees);
        everyone.add(mentor);
        for (ChatPerson person : everyone) {
            person.connect(onDoomed.contains(person) ? doomed.url() : primary);
        }
        for (ChatPerson person : everyone) {
            person.awaitCaughtUp(WAIT);
        }
        assertThat(onDoomed).allMatch(p -> p.connectedTo(doomed.url()));

        ScheduledExecutorService talk = Executors.newSingleThreadScheduledExecutor();
        AtomicLong readyDownAt = new AtomicLong();
        long sigterm;
        long firstClose;
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            // partitions no message of this test reaches have nothing for the replica to commit
            Map<TopicPartition, Long> endBeforeTalk = endOffsets(kafka);
            // every mentee sends a message every 150 ms, before, during and after the stop
            talk.scheduleAtFixedRate(() -> mentees.forEach(m -> m.send(0, "message " + UUID.randomUUID())),
                    0, 150, TimeUnit.MILLISECONDS);
            Thread.sleep(2_000);

            sigterm = System.nanoTime();
            doomed.terminate();
            ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
            watch.scheduleAtFixedRate(() -> {
                if (readyDownAt.get() == 0 && readiness(doomed.url()) != 200) {
                    readyDownAt.compareAndSet(0, System.nanoTime());
                }
            }, 0, 25, TimeUnit.MILLISECONDS);
            for (ChatPerson person : onDoomed) {
                person.awaitDropped(WAIT);
            }
            watch.shutdownNow();
            Map<TopicPartition, Long> endWhenClosed = endOffsets(kafka);
            firstClose = onDoomed.stream().mapToLong(ChatPerson::droppedAt).min().orElseThrow();

            // readiness first, and for the whole delay; the sockets only after it, all with 1012
            assertThat(readyDownAt.get()).as("ready went DOWN").isNotZero();
            assertThat(readyDownAt.get()).as("ready went DOWN before any socket closed").isLessThan(firstClose);
            assertThat(Duration.ofNanos(readyDownAt.get() - sigterm)).isLessThan(Duration.ofSeconds(2));
            assertThat(Duration.ofNanos(firstClose - sigterm)).isGreaterThanOrEqualTo(DELAY.minusMillis(500));
            assertThat(onDoomed).allSatisfy(p -> assertThat(p.closeCodes()).containsExactly(1012));
            // and it kept serving while it was unready: messages sent there were still acknowledged
            assertThat(onDoomed.stream().mapToLong(p -> p.acksOn(doomed.url(), readyDownAt.get(), firstClose)).sum())
                    .as("acks from the stopping replica during the delay").isPositive();

            // every client is back, on the other replica; talk goes on for a while, then stops
            for (ChatPerson person : onDoomed) {
                person.awaitCaughtUp(WAIT);
                assertThat(person.connectedTo(primary)).isTrue();
            }
            Thread.sleep(2_000);
            talk.shutdown();
            assertThat(talk.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

            // within the pod's terminationGracePeriodSeconds (40), so Kubernetes would never need SIGKILL
            assertThat(doomed.awaitExit(Duration.ofSeconds(40).minusNanos(System.nanoTime() - sigterm)))
                    .as("the replica exited within 40 s of SIGTERM").isTrue();
            assertThat(Files.readString(doomed.log())).doesNotContain("Timed out waiting for graceful shutdown");
            // its fan-out consumer committed at least everything published before its sockets closed, on every
            // partition this test's messages went to (the conversations' keys pick which)
            Map<TopicPartition, OffsetAndMetadata> committed = kafka
                    .listConsumerGroupOffsets("chat-service-" + instanceId + ".messages")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            endWhenClosed.entrySet().removeIf(e -> e.getValue() <= endBeforeTalk.getOrDefault(e.getKey(), 0L));
            assertThat(endWhenClosed).as("partitions the talk wrote to").isNotEmpty();
            endWhenClosed.forEach((partition, end) -> assertThat(committed.get(partition))
                    .as("committed offset of %s", partition).isNotNull()
                    .extracting(OffsetAndMetadata::offset).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.LONG).isGreaterThanOrEqualTo(end));
        } finally {
            talk.shutdownNow();
        }

        // every message sent is stored once, whatever was sent again after the reconnection
        Map<String, Long> lastSeqs = new HashMap<>();
        for (int i = 0; i < MENTEES; i++) {
            ChatPerson mentee = mentees.get(i);
            String conversationId = conversations.get(i);
            Awaitility.await().atMost(WAIT).until(mentee::allAcknowledged);
            List<Map<String, Object>> stored = given().auth().oauth2(mentee.token()).queryParam("after", 0)
                    .queryParam("limit", 200).get("/api/conversations/" + conversationId + "/messages")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            Map<Object, Long> perClientId = stored.stream().filter(m -> m.get("clientId") != null)
                    .collect(Collectors.groupingBy(m -> m.get("clientId"), Collectors.counting()));
            assertThat(perClientId.keySet()).containsExactlyInAnyOrderElementsOf(mentee.sentClientIds());
            assertThat(perClientId.values()).allMatch(n -> n == 1);
            assertThat(stored).hasSizeLessThan(200);
            lastSeqs.put(conversationId, ((Number) stored.get(stored.size() - 1).get("seq")).longValue());
        }
        assertThat(mentees.get(0).sentClientIds()).hasSizeGreaterThan(30);

        // every participant has every message of each of their conversations, by seq, none missing
        for (ChatPerson person : everyone) {
            for (String conversationId : person.conversations()) {
                long last = lastSeqs.get(conversationId);
                Awaitility.await().atMost(WAIT).until(() -> person.seqs(conversationId).size() >= last);
                assertThat(person.seqs(conversationId)).as("%s in %s", person, conversationId)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
                assertThat(person.repeatsOnOneSocket()).as("%s: a seq sent twice on one socket", person).isZero();
            }
        }
        everyone.forEach(ChatPerson::close);
        // the demo mentor reads what this test sent, so the stack's other tests (the browser journeys of the same
        // mentor's inbox) start from their own unread counts, not this test's hundreds
        lastSeqs.forEach((conversationId, last) -> given().auth().oauth2(mentor.token()).contentType(ContentType.JSON)
                .body(Map.of("seq", last)).post("/api/conversations/" + conversationId + "/read")
                .then().statusCode(org.hamcrest.Matchers.lessThan(300)));
        System.out.printf("ChatReplicaStopIT: ready DOWN %d ms after SIGTERM, sockets closed %d ms after it; %d messages; "
                        + "%d sent again after reconnecting; %d seqs held already and sent again on the new socket%n",
                TimeUnit.NANOSECONDS.toMillis(readyDownAt.get() - sigterm), TimeUnit.NANOSECONDS.toMillis(firstClose - sigterm),
                lastSeqs.values().stream().mapToLong(Long::longValue).sum(),
                everyone.stream().mapToInt(ChatPerson::resent).sum(),
                everyone.stream().mapToInt(ChatPerson::repeatsAcrossSockets).sum());
    }

    private static int readiness(String base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(1))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin kafka) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            latest.put(new TopicPartition("chat.messages.v1", p), OffsetSpec.latest());
        }
        return kafka.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static String signUp(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", "stop-" + UUID.randomUUID() + "@example.org", "password", "a long enough password",
                        "name", name))
                .post("/api/auth/sign-up").then().statusCode(201).extract().jsonPath().getString("token");
    }

}
