package dev.mentra.bench.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A result as JSON in {@code deploy/bench/results/}: {@code <benchmark>-<timestamp>.json} (kept locally) and
 * {@code latest-<benchmark>.json} (committed with the README's figures). Unknown numbers (NaN) are written as
 * null.
 */
public final class ResultFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private ResultFile() {
    }

    /** Writes both files and returns the dated one. */
    public static Path write(BenchResult result, Path resultsDir) throws IOException {
        Files.createDirectories(resultsDir);
        String json = JSON.writeValueAsString(toJson(result)) + System.lineSeparator();
        Path dated = resultsDir.resolve(result.benchmark() + "-" + STAMP.format(result.startedAt()) + ".json");
        Files.writeString(dated, json);
        Files.writeString(resultsDir.resolve("latest-" + result.benchmark() + ".json"), json);
        return dated;
    }

    public static ObjectNode toJson(BenchResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", result.benchmark());
        root.put("startedAt", result.startedAt().toString());
        root.set("machine", JSON.valueToTree(result.machine()));
        root.set("sizes", JSON.valueToTree(result.sizes()));
        ArrayNode figures = root.putArray("figures");
        for (Figure figure : result.figures()) {
            ObjectNode node = stats(figure.measured());
            if (figure.baseline() != null) {
                node.set("baseline", stats(figure.baseline()));
                ObjectNode ratio = node.putObject("ratio");
                number(ratio, "throughput", figure.throughputRatio());
                number(ratio, "p50", figure.p50Ratio());
                number(ratio, "p99", figure.p99Ratio());
            }
            figures.add(node);
        }
        ArrayNode targets = root.putArray("targets");
        for (Target target : result.targets()) {
            ObjectNode node = targets.addObject();
            node.put("what", target.what());
            number(node, "value", target.value());
            node.put("unit", target.unit());
            node.put("goal", target.goal());
            node.put("met", target.met());
        }
        ArrayNode notes = root.putArray("notes");
        result.notes().forEach(notes::add);
        return root;
    }

    private static ObjectNode stats(Stats s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("what", s.what());
        node.put("count", s.latency().count());
        number(node, "throughputPerSecond", s.throughputPerSecond());
        ObjectNode latency = node.putObject("latencyMs");
        number(latency, "p50", s.latency().p50());
        number(latency, "p95", s.latency().p95());
        number(latency, "p99", s.latency().p99());
        number(latency, "max", s.latency().max());
        node.put("errors", s.errors());
        if (s.lost() >= 0) {
            node.put("lost", s.lost());
        }
        if (s.duplicated() >= 0) {
            node.put("duplicated", s.duplicated());
        }
        return node;
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, Math.round(value * 1000) / 1000.0);
        }
    }
}
