package dev.mentra.bench.core;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code -Dbench.*} options of a run. Maven starts the benchmarks in a JVM of their own, which does not see
 * Maven's {@code -D} options; Maven's launcher exports its command line as {@code MAVEN_CMD_LINE_ARGS}, so the
 * {@code -Dbench.*} options found there count too (the JVM's own system properties win).
 */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    public static BenchOptions fromEnvironment() {
        return of(System.getProperties(), System.getenv("MAVEN_CMD_LINE_ARGS"));
    }

    static BenchOptions of(Properties system, String mavenCommandLine) {
        Map<String, String> values = new HashMap<>();
        if (mavenCommandLine != null) {
            for (String word : mavenCommandLine.trim().split("\\s+")) {
                if (word.startsWith("-Dbench")) {
                    int eq = word.indexOf('=');
                    String name = eq < 0 ? word.substring(2) : word.substring(2, eq);
                    values.put(name, eq < 0 ? "true" : word.substring(eq + 1));
                }
            }
        }
        for (String name : system.stringPropertyNames()) {
            if (name.equals("bench") || name.startsWith("bench.")) {
                values.put(name, system.getProperty(name));
            }
        }
        return new BenchOptions(values);
    }

    /** The option's value, or the default when it is unset or blank. */
    public String string(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public int integer(String name, int fallback) {
        String value = string(name, null);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A duration in seconds ({@code 20}) or with a unit ({@code 20s}, {@code 2m}, {@code 500ms}). */
    public Duration duration(String name, Duration fallback) {
        String value = string(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(value.replaceFirst("s$", "")) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + name + " must be a duration such as 20s, not '" + value + "'");
        }
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }
}
