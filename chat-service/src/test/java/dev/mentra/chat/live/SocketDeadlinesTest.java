package dev.mentra.chat.live;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Fixtures.Person;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each socket owns its deadlines (authenticate in time, token expiry): set while it is open, cancelled when it closes. */
@QuarkusTest
class SocketDeadlinesTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    LiveSockets sockets;

    @Test
    void aSocketWaitingForItsAuthFrameDropsThatTimerWhenItCloses() {
        Set<LiveSocket> before = new HashSet<>(sockets.open());
        LiveSocket socket;
        try (ChatClient client = ChatClient.connect(base.toString(), null)) {
            socket = await().atMost(Duration.ofSeconds(10)).until(() -> newSocket(before), s -> s != null);
            assertThat(socket.hasTimers()).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !sockets.open().contains(socket));
        assertThat(socket.hasTimers()).isFalse();
    }

    @Test
    void anAuthenticatedSocketDropsItsExpiryTimerWhenItCloses() {
        Set<LiveSocket> before = new HashSet<>(sockets.open());
        LiveSocket socket;
        try (ChatClient client = ChatClient.ready(base.toString(), Person.any("Tom").token())) {
            socket = newSocket(before);
            assertThat(socket).isNotNull();
            assertThat(socket.hasTimers()).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !sockets.open().contains(socket));
        assertThat(socket.hasTimers()).isFalse();
    }

    private LiveSocket newSocket(Set<LiveSocket> before) {
        List<LiveSocket> added = sockets.open().stream().filter(s -> !before.contains(s)).toList();
        return added.isEmpty() ? null : added.get(0);
    }
}
