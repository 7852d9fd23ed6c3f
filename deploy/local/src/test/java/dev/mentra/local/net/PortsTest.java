package dev.mentra.local.net;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void aPortToRebindLiesBelowTheRangeOutgoingConnectionsAreGiven() {
        int port = Ports.freeToRebind();
        assertThat(port).isGreaterThanOrEqualTo(Ports.REBIND_FLOOR).isLessThan(Ports.ephemeralRangeStart());
    }

    @Test
    void aPortToRebindCanBeBoundStoppedAndBoundAgain() throws Exception {
        int port = Ports.freeToRebind();
        try (ServerSocket first = new ServerSocket()) {
            first.setReuseAddress(true);
            first.bind(new InetSocketAddress(port));
            assertThat(Ports.isFree(port)).isFalse();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
