package dev.mentra.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests, for secrets and personal data that are kept or compared only as hashes (session secrets,
 * service credentials, throttled emails, idempotent requests). Every JVM has SHA-256, so its absence is an error.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The digest of the text's UTF-8 bytes. */
    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of the text's UTF-8 bytes as 64 lowercase hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }
}
