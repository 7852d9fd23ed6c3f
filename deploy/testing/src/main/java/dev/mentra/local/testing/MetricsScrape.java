package dev.mentra.local.testing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * One read of the service's {@code /q/metrics} (Prometheus text), as a test compares it before and after an action:
 * {@code MetricsScrape.now().value("mentra_bookings_made_total", "source", "mentra")}.
 */
public final class MetricsScrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** Scrapes the application under test. */
    public static MetricsScrape now() {
        return of(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    public static MetricsScrape of(String prometheusText) {
        List<Sample> samples = prometheusText.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(SAMPLE::matcher)
                .filter(Matcher::find)
                .map(m -> new Sample(m.group(1), labels(m.group(3)), Double.parseDouble(m.group(4))))
                .toList();
        return new MetricsScrape(samples);
    }

    /** The sum of the samples named {@code name} whose labels include these {@code key, value} pairs; 0 if none. */
    public double value(String name, String... labels) {
        return samples.stream()
                .filter(s -> s.name().equals(name) && matches(s.labels(), labels))
                .mapToDouble(Sample::value)
                .sum();
    }

    /** Whether a sample named {@code name} with these labels is exposed at all (a counter at zero is). */
    public boolean has(String name, String... labels) {
        return samples.stream().anyMatch(s -> s.name().equals(name) && matches(s.labels(), labels));
    }

    /** Every sample name exposed. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The values one label takes among the samples named {@code name}. */
    public Set<String> labelValues(String name, String label) {
        Set<String> values = new LinkedHashSet<>();
        samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label))
                .forEach(s -> values.add(s.labels().get(label)));
        return values;
    }

    private static boolean matches(Map<String, String> actual, String... wanted) {
        if (wanted.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in key, value pairs");
        }
        for (int i = 0; i < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(actual.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher m = LABEL.matcher(text);
            while (m.find()) {
                labels.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return labels;
    }
}
