package dev.mentra.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Clerk's Frontend API origin, read from a publishable key the way Clerk's SDKs do: the key is
 * {@code pk_(test|live)_} followed by the base64 of {@code <frontend-api-host>$}.
 */
final class ClerkFrontendApi {

    private ClerkFrontendApi() {
    }

    static Optional<String> originOf(String publishableKey) {
        if (publishableKey == null || !publishableKey.matches("pk_(test|live)_[A-Za-z0-9+/=_-]+")) {
            return Optional.empty();
        }
        String encoded = publishableKey.substring(publishableKey.indexOf('_', 3) + 1);
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!decoded.endsWith("$")) {
                return Optional.empty();
            }
            String host = decoded.substring(0, decoded.length() - 1);
            // a host name only: nothing that could widen the policy it is written into
            return host.matches("[A-Za-z0-9.-]+(:\\d+)?") ? Optional.of("https://" + host) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
