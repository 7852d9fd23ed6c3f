package dev.mentra.identity.service;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key encryption itself and the start-up refusals it makes (plain JUnit: a prod-profile start is heavy). */
class KeyEncryptionTest {

    private static final byte[] PRIVATE_KEY = "a PKCS#8 private key, as far as this test cares".getBytes();

    @Test
    void productionWithoutAKeyEncryptionKeyIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> KeyEncryption.of(Optional.empty(), List.of(), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY is not set");
        assertThatThrownBy(() -> KeyEncryption.of(Optional.of(" "), List.of(), true))
                .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY is not set");
    }

    @Test
    void outsideProductionWithoutAKeyTheKeyIsKeptAsPlainBase64() {
        KeyEncryption none = KeyEncryption.of(Optional.empty(), List.of(), false);
        KeyEncryption.Sealed sealed = none.seal("ins_a", PRIVATE_KEY);
        assertThat(sealed.encryptedWith()).isNull();
        assertThat(Base64.getDecoder().decode(sealed.value())).isEqualTo(PRIVATE_KEY);
        assertThat(none.open("ins_a", sealed)).isEqualTo(PRIVATE_KEY);
    }

    @Test
    void aMalformedKeyIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> KeyEncryption.of(Optional.of("not-base64-secret!"), List.of(), false))
                .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY must be the base64 of 16, 24 or 32 random bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-base64-secret!"));
        String tooShort = Base64.getEncoder().encodeToString(new byte[8]);
        assertThatThrownBy(() -> KeyEncryption.of(Optional.of(key()), List.of(tooShort), false))
                .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY_PREVIOUS must be the base64");
    }

    @Test
    void whatIsSealedOpensWithItsKeyAndForItsOwnRowOnly() {
        KeyEncryption encryption = KeyEncryption.of(Optional.of(key()), List.of(), true);
        KeyEncryption.Sealed sealed = encryption.seal("ins_a", PRIVATE_KEY);
        assertThat(sealed.encryptedWith()).startsWith("kek_").isEqualTo(encryption.currentId().orElseThrow());
        assertThat(new String(Base64.getDecoder().decode(sealed.value()), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(PRIVATE_KEY, StandardCharsets.ISO_8859_1));
        assertThat(encryption.open("ins_a", sealed)).isEqualTo(PRIVATE_KEY);
        // the kid is bound to the ciphertext: copied into another row it does not open
        assertThatThrownBy(() -> encryption.open("ins_b", sealed)).hasMessageContaining("does not decrypt");
        // a fresh nonce each time
        assertThat(encryption.seal("ins_a", PRIVATE_KEY).value()).isNotEqualTo(sealed.value());
    }

    @Test
    void afterRotationThePreviousKeyStillOpensWhatItSealedAndNewRowsUseTheCurrentOne() {
        String oldKey = key();
        String newKey = key();
        KeyEncryption.Sealed old = KeyEncryption.of(Optional.of(oldKey), List.of(), true).seal("ins_a", PRIVATE_KEY);

        KeyEncryption rotated = KeyEncryption.of(Optional.of(newKey), List.of(oldKey), true);
        assertThat(rotated.isCurrent(old.encryptedWith())).isFalse();
        assertThat(rotated.open("ins_a", old)).isEqualTo(PRIVATE_KEY);
        KeyEncryption.Sealed resealed = rotated.seal("ins_a", PRIVATE_KEY);
        assertThat(rotated.isCurrent(resealed.encryptedWith())).isTrue();

        KeyEncryption withoutPrevious = KeyEncryption.of(Optional.of(newKey), List.of(), true);
        assertThatThrownBy(() -> withoutPrevious.open("ins_a", old))
                .hasMessageContaining(old.encryptedWith())
                .hasMessageContaining("MENTRA_KEY_ENCRYPTION_KEY_PREVIOUS");
        assertThat(withoutPrevious.open("ins_a", resealed)).isEqualTo(PRIVATE_KEY);
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
