package dev.mentra.local.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets the local run generates for itself, once per data directory, and keeps there (readable by the owner
 * only) so that a restart finds what the last run encrypted. {@code -Dfresh} wipes them with the data.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private LocalSecrets(Path dir) {
        this.dir = dir;
    }

    static LocalSecrets in(Path dir) {
        return new LocalSecrets(dir);
    }

    /** identity-service's {@code MENTRA_KEY_ENCRYPTION_KEY}: 32 random bytes, base64. */
    String keyEncryptionKey() {
        return secret("key-encryption-key", 32);
    }

    private synchronized String secret(String name, int bytes) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(dir);
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            String value = Base64.getEncoder().encodeToString(random);
            Path partial = dir.resolve(name + ".new");
            Files.writeString(partial, value + System.lineSeparator(), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the local secret " + file, e);
        }
    }
}
