package dev.mentra.identity.service;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our verifier against Svix's own published test vector, not against our own signer (a bug in both would pass
 * that). The vector is the one Svix's libraries test their signing with (svix/svix-webhooks,
 * {@code java/lib/src/test/com/svix/test/WebhookTest.java}, {@code verifyWebhookSignWorks}; the same values are
 * in its other languages' tests).
 */
class SvixSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final String PAYLOAD = "{\"test\": 2432232314}";
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SENT = Instant.ofEpochSecond(1614265330);

    private final SvixSignature svix = new SvixSignature(SECRET);

    @Test
    void svixsPublishedSignatureIsAccepted() {
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT)).isNull();
        // among others, as Svix sends several during a secret rotation
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP,
                "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + SIGNATURE, PAYLOAD, SENT)).isNull();
    }

    @Test
    void oneCharacterChangedAnywhereIsRefused() {
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, "v1,h0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", PAYLOAD, SENT))
                .isNotNull();
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, SIGNATURE, "{\"test\": 2432232315}", SENT)).isNotNull();
        assertThat(svix.problemWith("msg_p5jXN8AQM9LWM0D4loKWxJeK", TIMESTAMP, SIGNATURE, PAYLOAD, SENT)).isNotNull();
        assertThat(svix.problemWith(MSG_ID, "1614265331", SIGNATURE, PAYLOAD, SENT)).isNotNull();
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, "v2," + SIGNATURE.substring(3), PAYLOAD, SENT)).isNotNull();
        assertThat(new SvixSignature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx")
                .problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT)).isNotNull();
    }

    @Test
    void theSecretWorksWithOrWithoutItsPrefix() {
        assertThat(new SvixSignature(SECRET.substring("whsec_".length()))
                .problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT)).isNull();
    }

    @Test
    void svixsSignatureIsRefusedOutsideFiveMinutesOfItsTimestamp() {
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT.plusSeconds(301))).isNotNull();
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT.minusSeconds(301))).isNotNull();
        assertThat(svix.problemWith(MSG_ID, TIMESTAMP, SIGNATURE, PAYLOAD, SENT.plusSeconds(299))).isNull();
    }
}
