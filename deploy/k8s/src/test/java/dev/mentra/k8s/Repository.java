package dev.mentra.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is: the tests read the manifests and the applications' own configuration from it. */
final class Repository {

    static final Path ROOT = locate();
    static final Path K8S = ROOT.resolve("deploy/k8s");

    private Repository() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    private static Path locate() {
        String configured = System.getProperty("mentra.root");
        Path root = configured != null ? Path.of(configured) : Path.of("../..");
        if (!Files.isDirectory(root.resolve("deploy/k8s/base"))) {
            // run from the module directory (an IDE): the repository is two levels up
            root = Path.of("").toAbsolutePath().getParent().getParent();
        }
        return root.toAbsolutePath().normalize();
    }
}
