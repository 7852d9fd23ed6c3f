package dev.mentra.platform.security;

import dev.mentra.platform.crypto.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;

import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The services this one answers on its {@code /internal/...} routes, each known by its own credential:
 * {@code mentra.internal.callers.<service>=<credential>} (in application.properties, the value from the
 * environment). A caller sends its credential in {@link #HEADER}; a blank credential opens nothing.
 */
@ApplicationScoped
public class InternalCallers {

    /** The request header a calling service puts its credential in. */
    public static final String HEADER = "Mentra-Service-Credential";

    static final String PREFIX = "mentra.internal.callers.";

    /** service name → SHA-256 of its credential (compared in constant time, whatever the lengths). */
    private final Map<String, byte[]> digests = new LinkedHashMap<>();

    public InternalCallers(Config config) {
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(PREFIX) && name.length() > PREFIX.length())
                .sorted()
                .forEach(name -> config.getOptionalValue(name, String.class)
                        .filter(credential -> !credential.isBlank())
                        .ifPresent(credential -> digests.put(name.substring(PREFIX.length()), Sha256.digest(credential))));
    }

    /** The calling service that sent this credential, if it is one of ours. */
    public Optional<String> identify(String credential) {
        if (credential == null || credential.isBlank()) {
            return Optional.empty();
        }
        byte[] given = Sha256.digest(credential);
        String found = null;
        for (Map.Entry<String, byte[]> caller : digests.entrySet()) {
            if (MessageDigest.isEqual(given, caller.getValue()) && found == null) {
                found = caller.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
