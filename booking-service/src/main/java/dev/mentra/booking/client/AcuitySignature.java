package dev.mentra.booking.client;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Acuity's webhook signature: {@code x-acuity-signature} = base64(HMAC-SHA256(raw body, API key))
 * (https://developers.acuityscheduling.com/docs/webhooks#verifying-webhook-requests).
 */
public final class AcuitySignature {

    private AcuitySignature() {
    }

    public static String sign(byte[] body, String apiKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compared in constant time, so the signature cannot be guessed byte by byte. */
    public static boolean verify(byte[] body, String signature, String apiKey) {
        if (signature == null || signature.isBlank() || apiKey == null || apiKey.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(body, apiKey).getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
