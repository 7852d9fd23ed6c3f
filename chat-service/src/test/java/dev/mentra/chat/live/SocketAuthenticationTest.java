package dev.mentra.chat.live;

import dev.mentra.chat.testing.ChatClient;
import dev.mentra.chat.testing.Fixtures;
import dev.mentra.chat.testing.Fixtures.Person;
import dev.mentra.local.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who is on a socket: a token on the upgrade or in a first {@code auth} frame, verified with the shared policy
 * (signature, expiry, azp), renewed before it expires, closed (4401) when it lapses.
 */
@QuarkusTest
class SocketAuthenticationTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anExpiredTokenOnTheUpgradeIsRefusedWith401() {
        String expired = TestTokens.anyUser().expiredSecondsAgo(60).sign();
        assertThatThrownBy(() -> ChatClient.connect(url(), expired))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(401));
    }

    @Test
    void aTokenSignedByAStrangerOnTheUpgradeIsRefused() {
        assertThatThrownBy(() -> ChatClient.connect(url(), TestTokens.anyUser().signedByAStranger().sign()))
                .isInstanceOf(CompletionException.class);
    }

    @Test
    void aTokenIssuedToAnotherPartyOnTheUpgradeIsRefused() {
        assertThatThrownBy(() -> ChatClient.connect(url(), TestTokens.anyUser().authorizedParty("https://evil.test").sign()))
                .isInstanceOf(CompletionException.class);
    }

    @Test
    void anExpiredTokenInTheAuthFrameClosesTheSocket() {
        String expired = TestTokens.anyUser().expiredSecondsAgo(60).sign();
        try (ChatClient c = ChatClient.connect(url(), null)) {
            c.send(Map.of("type", "auth", "token", expired));
            assertThat(c.awaitClosed()).isEqualTo(new ChatClient.Closed(4401, "invalid or expired token"));
        }
    }

    @Test
    void aTokenIssuedToAnotherPartyInTheAuthFrameClosesTheSocket() {
        try (ChatClient c = ChatClient.connect(url(), null)) {
            c.send(Map.of("type", "auth", "token", TestTokens.anyUser().authorizedParty("https://evil.test").sign()));
            assertThat(c.awaitClosed()).isEqualTo(new ChatClient.Closed(4401, "token was issued to another party"));
        }
    }

    @Test
    void aFirstFrameOtherThanAuthClosesTheSocket() {
        try (ChatClient c = ChatClient.connect(url(), null)) {
            c.send(Map.of("type", "subscribe", "conversationId", "cnv_x", "afterSeq", 0));
            assertThat(c.awaitClosed().code()).isEqualTo(4401);
        }
    }

    @Test
    void aSocketThatNeverAuthenticatesIsClosed() {
        try (ChatClient c = ChatClient.connect(url(), null)) {
            assertThat(c.awaitClosed()).isEqualTo(new ChatClient.Closed(4401, "authentication required"));
        }
    }

    @Test
    void aFirstAuthFrameWithAGoodTokenMakesTheSocketReady() {
        Person person = Person.any("Fay");
        try (ChatClient c = ChatClient.connect(url(), null)) {
            c.send(Map.of("type", "auth", "token", person.token()));
            assertThat(c.await("ready", f -> true).path("userId").asText()).isEqualTo(person.id());
        }
    }

    @Test
    void aSocketClosesWhenItsTokenExpiresUnlessAFreshOneArrives() {
        String userId = Fixtures.newId("user");
        // a token that expires in three seconds
        String shortLived = TestTokens.forUser(userId).expiredSecondsAgo(-3).sign();
        try (ChatClient lapsing = ChatClient.ready(url(), shortLived);
             ChatClient renewed = ChatClient.ready(url(), shortLived)) {
            renewed.send(Map.of("type", "auth", "token", TestTokens.forUser(userId).sign()));
            renewed.awaitAll(2, f -> f.path("type").asText().equals("ready"), Duration.ofSeconds(5));
            assertThat(lapsing.awaitClosed()).isEqualTo(new ChatClient.Closed(4401, "token expired"));
            assertThat(renewed.isClosed()).isFalse();
        }
    }

    @Test
    void aRenewalWithAnotherUsersTokenEndsTheSession() {
        try (ChatClient c = ChatClient.ready(url(), Person.any("Ike").token())) {
            c.send(Map.of("type", "auth", "token", TestTokens.anyUser().sign()));
            assertThat(c.awaitClosed()).isEqualTo(new ChatClient.Closed(4401, "token of another user"));
        }
    }

    private String url() {
        return base.toString();
    }
}
