package dev.mentra.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A rendered Deployment's container and the environment it gets, ConfigMaps resolved. */
final class Workloads {

    /** Each variable with where its value comes from. */
    record Environment(Map<String, String> literals, Map<String, String> secretKeys, Set<String> optionalSecrets,
                       Set<String> fromPod) {

        Set<String> names() {
            Set<String> names = new TreeSet<>(literals.keySet());
            names.addAll(secretKeys.keySet());
            names.addAll(fromPod);
            return names;
        }

        String literal(String name) {
            return literals.get(name);
        }
    }

    private Workloads() {
    }

    static Deployment deployment(Manifests m, String name) {
        return m.deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("overlays/" + m.overlay + ": no Deployment " + name));
    }

    static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Environment environment(Manifests m, String deploymentName) {
        Container container = container(deployment(m, deploymentName));
        Map<String, String> literals = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        Set<String> optional = new TreeSet<>();
        Set<String> fromPod = new TreeSet<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() == null || source.getPrefix() != null) {
                throw new AssertionError(deploymentName + ": only whole ConfigMaps are expected in envFrom "
                        + "(secrets are referenced one key at a time)");
            }
            ConfigMap configMap = m.configMap(source.getConfigMapRef().getName());
            literals.putAll(configMap.getData());
        }
        for (EnvVar variable : container.getEnv()) {
            literals.remove(variable.getName()); // env wins over envFrom
            if (variable.getValueFrom() == null) {
                literals.put(variable.getName(), variable.getValue());
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                secrets.put(variable.getName(), ref.getName() + "/" + ref.getKey());
                if (Boolean.TRUE.equals(ref.getOptional())) {
                    optional.add(variable.getName());
                }
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                literals.put(variable.getName(), m.configMap(ref.getName()).getData().get(ref.getKey()));
            } else {
                fromPod.add(variable.getName());
            }
        }
        return new Environment(literals, secrets, optional, fromPod);
    }
}
