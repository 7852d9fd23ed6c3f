package dev.mentra.local.kafka;

import dev.mentra.local.net.Ports;
import dev.mentra.local.testing.TopicReader;
import dev.mentra.local.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalKafkaTest {

    @Test
    void recordsSurviveARestartOfTheBrokerOnTheSameDirectory(@TempDir Path dir) throws Exception {
        int port = Ports.free();
        int controller = Ports.free();
        try (LocalKafka kafka = LocalKafka.start(port, controller, dir.resolve("kafka"))) {
            kafka.createTopics(List.of("kept"), 3);
            try (TopicWriter writer = new TopicWriter(kafka.bootstrapServers())) {
                writer.send("kept", "k", "before the restart");
            }
        }
        // the second start finds a formatted directory and must not format it again
        try (LocalKafka kafka = LocalKafka.start(port, controller, dir.resolve("kafka"));
             TopicReader reader = new TopicReader(kafka.bootstrapServers(), "kept")) {
            assertThat(reader.await(1, r -> true, Duration.ofSeconds(30)))
                    .extracting(r -> r.value()).containsExactly("before the restart");
        }
    }
}
