package dev.mentra.identity.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Verifies a Svix-signed webhook as Clerk sends them: HMAC-SHA256 over {@code id.timestamp.body} with the base64
 * part of the {@code whsec_…} secret; {@code svix-signature} holds one or more space-separated {@code v1,<base64>}
 * signatures (several during secret rotation); a timestamp more than 5 minutes off is refused (replays).
 */
public final class SvixSignature {

    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] key;

    public SvixSignature(String secret) {
        String base64 = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        this.key = Base64.getDecoder().decode(base64);
    }

    /** @return null when valid, else why not (for the log; the caller answers 401 either way) */
    public String problemWith(String id, String timestamp, String signatures, String body, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return "missing svix headers";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return "malformed svix-timestamp";
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return "svix-timestamp too far from now";
        }
        byte[] expected = sign(id + "." + timestamp.trim() + "." + body);
        for (String candidate : signatures.trim().split(" ")) {
            String[] versioned = candidate.split(",", 2);
            if (versioned.length == 2 && versioned[0].equals("v1")) {
                try {
                    if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                        return null;
                    }
                } catch (IllegalArgumentException ignored) {
                    // not base64: just not a match
                }
            }
        }
        return "no matching v1 signature";
    }

    public String signatureFor(String id, String timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(id + "." + timestamp + "." + body));
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
