package dev.mentra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an application reads, from its own sources at test time (so a later change is caught): the environment
 * variables its configuration names ({@code ${VAR}} and {@code ${VAR:default}} in its application.properties and in
 * the platform libraries it is built with), the Kafka topics it uses and its consumer groups.
 */
record Application(String name, String module, int port, String database) {

    static final List<Application> ALL = List.of(
            new Application("gateway", "gateway", 8080, null),
            new Application("identity-service", "identity-service", 8081, "identity"),
            new Application("mentor-service", "mentor-service", 8082, "mentor"),
            new Application("booking-service", "booking-service", 8083, "booking"),
            new Application("chat-service", "chat-service", 8084, "chat"));

    /** The platform libraries' own configuration, read by every application that depends on them. */
    private static final Map<String, String> PLATFORM_CONFIG = Map.of(
            "mentra-platform", "deploy/platform/src/main/resources/META-INF/microprofile-config.properties",
            "mentra-platform-security",
            "deploy/platform/security/src/main/resources/META-INF/microprofile-config.properties");

    // an environment variable (upper case) in a property expression, followed by its default or by the end
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:|})");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String [A-Z_]*TOPIC = \"([^\"]+)\"");

    static Application named(String name) {
        return ALL.stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
    }

    boolean hasDatabase() {
        return database != null;
    }

    /** Every variable read, mapped to whether it has a default. Lines for the dev and test profiles are skipped. */
    Map<String, Boolean> variables() {
        Map<String, Boolean> variables = new TreeMap<>();
        for (String line : configurationLines()) {
            Matcher m = VARIABLE.matcher(line);
            while (m.find()) {
                variables.merge(m.group(1), m.group(2).equals(":"), Boolean::logicalAnd);
            }
        }
        return variables;
    }

    Set<String> variablesWithoutDefault() {
        Set<String> required = new TreeSet<>();
        variables().forEach((name, hasDefault) -> {
            if (!hasDefault) {
                required.add(name);
            }
        });
        return required;
    }

    /** Topics named in the messaging configuration and as topic constants of the code (the outbox's topics). */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>(properties("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic").values());
        try (Stream<Path> sources = Files.walk(Repository.path(module + "/src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = TOPIC_CONSTANT.matcher(read(p));
                while (m.find()) {
                    topics.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    /** Consumer group of each topic read in a group that all replicas share (fan-out groups name the instance). */
    Map<String, String> sharedGroupsByTopic() {
        Map<String, String> topics = properties("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
        Map<String, String> groups = properties("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id");
        Map<String, String> shared = new TreeMap<>();
        topics.forEach((key, topic) -> {
            String group = groups.get(key.replace(".topic", ".group.id"));
            if (group != null && !group.contains("${")) {
                shared.put(topic, group);
            }
        });
        return shared;
    }

    /** Groups that contain a per-instance part: each replica reads everything, so their lag is no scaling signal. */
    Set<String> perReplicaGroups() {
        Set<String> groups = new TreeSet<>();
        properties("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id").values().stream()
                .filter(g -> g.contains("${")).forEach(groups::add);
        return groups;
    }

    private Map<String, String> properties(String keyPattern) {
        Pattern key = Pattern.compile(keyPattern);
        Map<String, String> found = new TreeMap<>();
        for (String line : read(Repository.path(module + "/src/main/resources/application.properties")).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && key.matcher(line.substring(0, eq).trim()).matches()) {
                found.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return found;
    }

    private List<String> configurationLines() {
        List<String> lines = new ArrayList<>();
        String pom = read(Repository.path(module + "/pom.xml"));
        List<String> files = new ArrayList<>();
        PLATFORM_CONFIG.forEach((artifact, file) -> {
            if (pom.contains("<artifactId>" + artifact + "</artifactId>")) {
                files.add(file);
            }
        });
        files.add(module + "/src/main/resources/application.properties");
        for (String file : files) {
            for (String line : read(Repository.path(file)).split("\n")) {
                String trimmed = line.trim();
                if (!trimmed.startsWith("#") && !trimmed.startsWith("%dev.") && !trimmed.startsWith("%test.")) {
                    lines.add(trimmed);
                }
            }
        }
        return lines;
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
