package dev.mentra.stack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** This module's README lists every system test (a row of its table per {@code *IT} class). */
class SystemTestsListedTest {

    @Test
    void everySystemTestHasARowInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> systemTests;
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            systemTests = sources.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith("IT.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .toList();
        }
        assertThat(systemTests).hasSizeGreaterThanOrEqualTo(6);
        assertThat(systemTests).allSatisfy(test -> assertThat(readme).contains("| `" + test + "` |"));
    }
}
