package dev.mentra.local.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSecretsTest {

    @Test
    void theKeyEncryptionKeyIsMadeOncePerDataDirAndKeptForTheNextRun(@TempDir Path data) throws Exception {
        String first = LocalSecrets.in(data.resolve("secrets")).keyEncryptionKey();
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(LocalSecrets.in(data.resolve("secrets")).keyEncryptionKey()).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(data.resolve("secrets/key-encryption-key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        assertThat(LocalSecrets.in(data.resolve("elsewhere")).keyEncryptionKey()).isNotEqualTo(first);
    }
}
