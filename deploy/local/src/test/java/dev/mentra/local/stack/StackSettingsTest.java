package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void withoutVariablesTheContractPortsAndEmbeddedInfrastructureAreUsed() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of(), false);
        assertThat(settings.port(StackApp.GATEWAY)).isEqualTo(8080);
        assertThat(settings.port(StackApp.IDENTITY)).isEqualTo(8081);
        assertThat(settings.port(StackApp.CHAT)).isEqualTo(8084);
        assertThat(settings.externalPostgres()).isEmpty();
        assertThat(settings.externalKafka()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(Path.of("/repo/deploy/local/data"));
    }

    @Test
    void variablesMovePortsDataAndSwitchToExternalPostgresAndKafka() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of(
                "MENTOR_SERVICE_PORT", "9082",
                "MENTRA_DATA_DIR", "/var/mentra",
                "DB_HOST", "db.internal", "DB_PORT", "6543", "DB_USER", "mentra", "DB_PASSWORD", "s3cret",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"), true);
        assertThat(settings.port(StackApp.MENTOR)).isEqualTo(9082);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/mentra"));
        assertThat(settings.externalPostgres()).hasValueSatisfying(pg -> {
            assertThat(pg.jdbcUrl("mentor")).isEqualTo("jdbc:postgresql://db.internal:6543/mentor");
            assertThat(pg.user()).isEqualTo("mentra");
        });
        assertThat(settings.externalKafka()).contains("kafka-1:9092,kafka-2:9092");
        assertThat(settings.fresh()).isTrue();
    }

    @Test
    void aPortThatIsNotANumberIsExplained() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(ROOT, Map.of("GATEWAY_PORT", "eighty"), false))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("GATEWAY_PORT").hasMessageContaining("eighty");
    }
}
