package dev.mentra.identity.service;

import dev.mentra.platform.crypto.Sha256;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Encrypts the signing keys' private halves for the database with a key encryption key from the environment
 * (AES-GCM from the JDK, a fresh 96-bit nonce per encryption, the key's {@code kid} as associated data so a
 * ciphertext cannot be moved to another row). Every encryption is stored with the id of the key that made it
 * ({@code kek_…}, derived from the key), so the key can be rotated: the new key becomes current, the old ones stay
 * known as previous until every row has been re-encrypted.
 */
public final class KeyEncryption {

    public static final String VARIABLE = "MENTRA_KEY_ENCRYPTION_KEY";
    public static final String PREVIOUS_VARIABLE = "MENTRA_KEY_ENCRYPTION_KEY_PREVIOUS";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Kek current;
    private final Map<String, Kek> known;

    private record Kek(String id, SecretKey key) {
    }

    /** A private key as stored: the text of the row and the id of the key that encrypted it (null: plaintext). */
    public record Sealed(String value, String encryptedWith) {
    }

    private KeyEncryption(Kek current, Map<String, Kek> known) {
        this.current = current;
        this.known = known;
    }

    /**
     * @param current  base64 of 16, 24 or 32 random bytes ({@value #VARIABLE})
     * @param previous earlier keys, still accepted for decrypting ({@value #PREVIOUS_VARIABLE})
     * @param required production: a missing current key is refused rather than keys stored in plaintext
     * @throws IllegalStateException with a message naming the variable when a key is missing or malformed
     */
    public static KeyEncryption of(Optional<String> current, List<String> previous, boolean required) {
        Optional<Kek> now = current.filter(k -> !k.isBlank()).map(k -> kek(k, VARIABLE));
        if (now.isEmpty() && required) {
            throw new IllegalStateException(VARIABLE + " is not set. In production the local issuer's signing keys are "
                    + "stored encrypted with it: generate one with `openssl rand -base64 32`, keep it in your secret "
                    + "store and set it for identity-service (see identity-service/README.md, \"Signing keys\").");
        }
        Map<String, Kek> known = new LinkedHashMap<>();
        now.ifPresent(k -> known.put(k.id(), k));
        for (String old : previous) {
            if (!old.isBlank()) {
                Kek k = kek(old, PREVIOUS_VARIABLE);
                known.putIfAbsent(k.id(), k);
            }
        }
        return new KeyEncryption(now.orElse(null), Map.copyOf(known));
    }

    /** The id new encryptions carry, if there is a current key. */
    public Optional<String> currentId() {
        return Optional.ofNullable(current).map(Kek::id);
    }

    /** Whether a row stored with this id is already under the current key (nothing to re-encrypt). */
    public boolean isCurrent(String encryptedWith) {
        return current != null && current.id().equals(encryptedWith);
    }

    /** Encrypts with the current key; without one (outside production only) the key is kept as plain base64. */
    public Sealed seal(String kid, byte[] privateKey) {
        if (current == null) {
            return new Sealed(Base64.getEncoder().encodeToString(privateKey), null);
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(privateKey);
            return new Sealed(Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()), current.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The private key (PKCS#8) of a stored row. */
    public byte[] open(String kid, Sealed stored) {
        if (stored.encryptedWith() == null) {
            return Base64.getDecoder().decode(stored.value());
        }
        Kek kek = known.get(stored.encryptedWith());
        if (kek == null) {
            throw new IllegalStateException("Signing key " + kid + " is encrypted with key encryption key "
                    + stored.encryptedWith() + ", which is neither " + VARIABLE + " nor one of " + PREVIOUS_VARIABLE
                    + ": set the key it was encrypted with as " + PREVIOUS_VARIABLE);
        }
        byte[] data = Base64.getDecoder().decode(stored.value());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek.key(), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("Signing key " + kid + " does not decrypt with " + kek.id()
                    + ": the stored value was altered or belongs to another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Kek kek(String base64, String variable) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            // never echo the value: it is a secret, even when malformed
            throw new IllegalStateException(variable + " must be the base64 of 16, 24 or 32 random bytes "
                    + "(e.g. `openssl rand -base64 32`)");
        }
        return new Kek("kek_" + HexFormat.of().formatHex(Sha256.digest(bytes), 0, 6), new SecretKeySpec(bytes, "AES"));
    }
}
