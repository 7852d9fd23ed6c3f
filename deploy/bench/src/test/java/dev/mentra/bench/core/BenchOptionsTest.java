package dev.mentra.bench.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BenchOptionsTest {

    @Test
    void benchOptionsOnMavensCommandLineReachTheBenchmarkJvm() {
        BenchOptions options = BenchOptions.of(new Properties(),
                "-B -Pbench -Dbench=gateway -Dbench.mentees=10000 -Dbench.gateway.leg=5s -Dother=1");
        assertThat(options.string("bench", "all")).isEqualTo("gateway");
        assertThat(options.integer("bench.mentees", 200)).isEqualTo(10000);
        assertThat(options.duration("bench.gateway.leg", Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.string("other", "unset")).isEqualTo("unset");
    }

    @Test
    void theJvmsOwnPropertiesWinAndBlankMeansDefault() {
        Properties system = new Properties();
        system.setProperty("bench", "bookings");
        system.setProperty("bench.mentors", " ");
        BenchOptions options = BenchOptions.of(system, "-Dbench=gateway -Dbench.mentors=9");
        assertThat(options.string("bench", "all")).isEqualTo("bookings");
        assertThat(options.integer("bench.mentors", 5)).isEqualTo(5);
        assertThat(options.duration("bench.x", Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(BenchOptions.of(new Properties(), "-Dbench.x=2m").duration("bench.x", null))
                .isEqualTo(Duration.ofMinutes(2));
    }
}
