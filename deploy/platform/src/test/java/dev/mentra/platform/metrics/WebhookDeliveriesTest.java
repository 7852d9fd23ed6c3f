package dev.mentra.platform.metrics;

import dev.mentra.platform.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookDeliveriesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WebhookDeliveries deliveries = new WebhookDeliveries(registry, "acme");

    @Test
    void everyOutcomeExistsFromTheStartAtZero() {
        assertThat(count("accepted")).isZero();
        assertThat(count("refused")).isZero();
        assertThat(count("failed")).isZero();
    }

    @Test
    void countsAcceptedRefusedAndFailedDeliveries() {
        deliveries.counted(() -> Uni.createFrom().item("ok")).await().indefinitely();
        assertThatThrownBy(() -> deliveries.counted(() -> {
            throw new ProblemException(401, "bad-signature", "Bad signature", "no");
        }).await().indefinitely()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> deliveries.counted(() -> Uni.createFrom().failure(
                new ProblemException(503, "unavailable", "Unavailable", "later"))).await().indefinitely());
        assertThatThrownBy(() -> deliveries.counted(() -> Uni.createFrom().failure(new IllegalStateException("bug")))
                .await().indefinitely());

        assertThat(count("accepted")).isEqualTo(1);
        assertThat(count("refused")).isEqualTo(1);
        assertThat(count("failed")).isEqualTo(2);
    }

    private double count(String outcome) {
        return registry.get(WebhookDeliveries.METRIC).tag("webhook", "acme").tag("outcome", outcome).counter().count();
    }
}
