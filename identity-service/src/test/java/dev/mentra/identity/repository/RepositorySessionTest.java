package dev.mentra.identity.repository;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Repositories open their own reactive session (@WithSession): callable outside any transaction or session. */
@QuarkusTest
class RepositorySessionTest {

    @Inject
    UserRepository users;

    @Inject
    SigningKeyRepository keys;

    @Inject
    SessionRepository sessions;

    @Inject
    CredentialRepository credentials;

    @Test
    void eachRepositoryReadsWithoutASessionOpenedByItsCaller() throws Throwable {
        assertThat(VertxContextSupport.subscribeAndAwait(() -> users.findLive("user_nobody"))).isNull();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> keys.findPublished(OffsetDateTime.now()))).isNotNull();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> sessions.findById("sess_nobody"))).isNull();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> credentials.findById("user_nobody"))).isNull();
    }
}
