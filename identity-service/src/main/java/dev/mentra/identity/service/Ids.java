package dev.mentra.identity.service;

import java.security.SecureRandom;

/** Identifiers in Clerk's style ({@code user_…}, {@code sess_…}) and unguessable secrets. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private Ids() {
    }

    static String user() {
        return "user_" + random(27);
    }

    static String session() {
        return "sess_" + random(27);
    }

    /** 43 base62 characters: over 256 bits. */
    static String secret() {
        return random(43);
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return s.toString();
    }
}
