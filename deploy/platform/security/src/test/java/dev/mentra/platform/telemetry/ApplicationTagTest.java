package dev.mentra.platform.telemetry;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationTagTest {

    @Test
    void everyMeterCarriesTheApplicationsName() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new ApplicationTag().applicationTag("gateway"));
        registry.counter("mentra_anything_total", "kind", "x").increment();
        assertThat(registry.get("mentra_anything_total").counter().getId().getTag("application")).isEqualTo("gateway");
    }
}
