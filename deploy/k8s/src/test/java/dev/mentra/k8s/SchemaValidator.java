package dev.mentra.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Kubernetes' own JSON schemas (npm kubernetes-models, KEDA's from @kubernetes-models/keda, versions pinned by
 * deploy/k8s/validate/package-lock.json), applied by deploy/k8s/validate/validate.mjs on Node.
 */
final class SchemaValidator {

    record Report(List<String> validated, List<String> noSchema, List<String> errors) {
    }

    private static final Path DIRECTORY = Repository.K8S.resolve("validate");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean installed;

    private SchemaValidator() {
    }

    static Report validate(List<? extends JsonNode> objects) {
        install();
        try {
            Path input = Files.createTempFile("mentra-k8s-", ".json");
            try {
                JSON.writeValue(input.toFile(), objects);
                Commands.Result result = Commands.run(DIRECTORY, "Node.js 20 or later runs the schema validation.",
                        List.of("node", "validate.mjs", input.toString()));
                if (result.stdout().isBlank()) {
                    throw new AssertionError("validate.mjs gave no report:\n" + result.stderr());
                }
                JsonNode report = JSON.readTree(result.stdout());
                return new Report(strings(report.get("validated")), strings(report.get("noSchema")),
                        strings(report.get("errors")));
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** npm ci from the lock file when the packages are missing (a fresh checkout): the npm registry is needed once. */
    private static synchronized void install() {
        if (installed) {
            return;
        }
        if (!Files.isDirectory(DIRECTORY.resolve("node_modules/kubernetes-models"))
                || !Files.isDirectory(DIRECTORY.resolve("node_modules/@kubernetes-models/keda"))) {
            Commands.Result result = Commands.run(DIRECTORY, "npm (with Node.js 20 or later) installs the schema "
                    + "packages pinned in deploy/k8s/validate/package-lock.json.",
                    List.of("npm", "ci", "--no-audit", "--no-fund"));
            if (result.exitCode() != 0) {
                throw new AssertionError("npm ci in deploy/k8s/validate failed:\n" + result.stderr());
            }
        }
        installed = true;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
