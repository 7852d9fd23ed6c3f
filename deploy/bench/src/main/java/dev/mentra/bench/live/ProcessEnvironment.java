package dev.mentra.bench.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A running process's command line and environment, read from {@code /proc} (Linux): how the launcher started a
 * service, so a benchmark can read the credential it drew or start the service again with one setting changed.
 */
public record ProcessEnvironment(List<String> command, Map<String, String> environment) {

    public static ProcessEnvironment of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        List<String> command = new ArrayList<>(nulSeparated(proc.resolve("cmdline")));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : nulSeparated(proc.resolve("environ"))) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                environment.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return new ProcessEnvironment(List.copyOf(command), environment);
    }

    public String variable(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set in the process");
        }
        return value;
    }

    private static List<String> nulSeparated(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\0")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }
}
