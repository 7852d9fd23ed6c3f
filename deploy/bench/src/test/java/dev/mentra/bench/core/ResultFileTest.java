package dev.mentra.bench.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResultFileTest {

    private static BenchResult result() {
        Stats gateway = Stats.of("through the gateway", new LatencySummary(1000, 2, 3, 4, 5), 4000, 0);
        Stats nginx = Stats.of("nginx proxy_pass", new LatencySummary(1000, 1, 2, 2, 3), 5000, 0);
        Stats race = new Stats("race", LatencySummary.NONE, Double.NaN, 0, 0, 0);
        return BenchResult.builder("gateway").size("users", 120)
                .figure(Figure.against(gateway, nginx))
                .figure(Figure.alone(race))
                .target(Target.atLeast("gateway / nginx throughput", 0.8, "", 0.8))
                .note("120 users keep each under its rate limit")
                .build();
    }

    @Test
    void jsonHasTheMachineSizesFiguresWithBaselineAndRatioAndTargets() {
        JsonNode json = ResultFile.toJson(result());
        assertThat(json.path("benchmark").asText()).isEqualTo("gateway");
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(json.path("machine").path("java").asText()).isNotBlank();
        assertThat(json.path("sizes").path("users").asInt()).isEqualTo(120);

        JsonNode first = json.path("figures").get(0);
        assertThat(first.path("what").asText()).isEqualTo("through the gateway");
        assertThat(first.path("latencyMs").path("p99").asDouble()).isEqualTo(4);
        assertThat(first.path("baseline").path("what").asText()).isEqualTo("nginx proxy_pass");
        assertThat(first.path("ratio").path("throughput").asDouble()).isEqualTo(0.8);
        assertThat(first.has("lost")).isFalse();

        JsonNode second = json.path("figures").get(1);
        assertThat(second.has("baseline")).isFalse();
        assertThat(second.path("throughputPerSecond").isNull()).isTrue();
        assertThat(second.path("lost").asInt()).isZero();

        assertThat(json.path("targets").get(0).path("met").asBoolean()).isTrue();
        assertThat(json.path("notes").get(0).asText()).contains("120 users");
    }

    @Test
    void writesADatedFileAndTheLatest(@TempDir Path dir) throws Exception {
        Path dated = ResultFile.write(result(), dir);
        assertThat(dated.getFileName().toString()).matches("gateway-\\d{8}-\\d{6}\\.json");
        assertThat(Files.readString(dir.resolve("latest-gateway.json"))).isEqualTo(Files.readString(dated));
    }
}
