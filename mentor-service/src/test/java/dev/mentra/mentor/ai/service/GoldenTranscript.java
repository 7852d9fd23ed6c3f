package dev.mentra.mentor.ai.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transcript kept under {@code src/test/resources/golden} that a run must reproduce word for word; what the run
 * saw is written to {@code target/golden} as well, to compare when it does not.
 */
public final class GoldenTranscript {

    private GoldenTranscript() {
    }

    public static void assertSameAs(String transcript, String seen) throws IOException {
        Path out = Path.of("target", "golden", transcript);
        Files.createDirectories(out.getParent());
        Files.writeString(out, seen);
        try (InputStream expected = GoldenTranscript.class.getResourceAsStream("/golden/" + transcript)) {
            assertThat(expected).as("the transcript golden/" + transcript).isNotNull();
            assertThat(seen).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
