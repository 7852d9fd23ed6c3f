package dev.mentra.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {

    /** FIPS 180-2's test vector for "abc". */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void matchesTheStandardTestVector() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(java.util.HexFormat.of().formatHex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(ABC);
    }

    @Test
    void textIsDigestedAsUtf8() {
        assertThat(Sha256.digest("é")).isEqualTo(Sha256.digest("é".getBytes(StandardCharsets.UTF_8)));
        assertThat(Sha256.hex("é")).hasSize(64).isNotEqualTo(Sha256.hex("e"));
    }
}
