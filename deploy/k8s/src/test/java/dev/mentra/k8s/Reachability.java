package dev.mentra.k8s;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;

/**
 * Evaluates Kubernetes NetworkPolicy ingress semantics (the way the API documents them) for a pod talking to a pod:
 * a pod selected by no policy accepts everything; a selected pod accepts a connection when some selecting policy
 * has an ingress rule whose peers match the source and whose ports include the port.
 */
final class Reachability {

    /** A pod (or any pod of a namespace) as NetworkPolicies see it: its labels and its namespace's labels. */
    record Pod(String name, String namespace, Map<String, String> labels) {

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final List<NetworkPolicy> policies;
    private final String namespace;

    Reachability(List<NetworkPolicy> policies, String namespace) {
        this.policies = policies;
        this.namespace = namespace;
    }

    boolean allows(Pod source, Pod destination, int port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> destination.namespace().equals(namespace))
                .filter(p -> p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> matches(p.getSpec().getPodSelector(), destination.labels())).toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> admits(rule, source, port));
    }

    private boolean admits(NetworkPolicyIngressRule rule, Pod source, int port) {
        boolean portMatches = rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(p -> covers(p, port));
        boolean peerMatches = rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(p -> matches(p, source));
        return portMatches && peerMatches;
    }

    private static boolean covers(NetworkPolicyPort rule, int port) {
        if (rule.getPort() == null) {
            return true;
        }
        if (rule.getPort().getIntVal() == null) {
            throw new AssertionError("named ports are not evaluated here; use numbers: " + rule);
        }
        int from = rule.getPort().getIntVal();
        int to = rule.getEndPort() != null ? rule.getEndPort() : from;
        return port >= from && port <= to;
    }

    /** A peer: podSelector alone means this namespace; namespaceSelector alone, every pod of matching namespaces. */
    boolean matches(NetworkPolicyPeer peer, Pod source) {
        if (peer.getIpBlock() != null) {
            throw new AssertionError("ipBlock peers are not evaluated here: " + peer);
        }
        boolean namespaceMatches = peer.getNamespaceSelector() == null
                ? source.namespace().equals(namespace)
                : matches(peer.getNamespaceSelector(), source.namespaceLabels());
        boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), source.labels());
        return namespaceMatches && podMatches;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null
                && !selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        return selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(r -> matches(r, labels));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
        };
    }
}
