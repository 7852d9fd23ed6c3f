package dev.mentra.local.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metrics the Grafana dashboard may chart, and which application exposes each: {@code deploy/k8s/grafana/
 * metrics.txt}. Each service's tests assert it exposes its lines; the dashboard's test asserts it charts nothing
 * else. So a metric renamed in code fails the service's test until the list (and the dashboard) follow.
 */
public final class ExposedMetrics {

    static final Path FILE = Path.of("deploy", "k8s", "grafana", "metrics.txt");

    private ExposedMetrics() {
    }

    /** The Prometheus sample names listed for {@code application}. */
    public static List<String> of(String application) {
        return read().entrySet().stream()
                .filter(e -> e.getValue().contains(application))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Every listed sample name, with the applications that expose it. */
    public static Map<String, Set<String>> read() {
        try {
            Map<String, Set<String>> names = new LinkedHashMap<>();
            for (String line : Files.readAllLines(locate())) {
                String content = line.replaceFirst("#.*", "").trim();
                if (!content.isEmpty()) {
                    String[] words = content.split("\\s+");
                    names.put(words[0], Set.copyOf(Arrays.asList(words).subList(1, words.length)));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, found from the module's directory upwards (tests run in their module's directory). */
    static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return dir.resolve(FILE);
            }
        }
        throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
    }
}
