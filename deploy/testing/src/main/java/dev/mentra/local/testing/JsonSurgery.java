package dev.mentra.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Replacing one value of a sample JSON body or form by a hostile one, for {@link HostileInputContract}. */
final class JsonSurgery {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PLACEHOLDER = "\"@@hostile-value@@\"";

    private JsonSurgery() {
    }

    /** A value in the sample body and the name a problem gives it ({@code rules.sessionMinutes}, {@code tags[2]}). */
    record Leaf(List<Object> path, String name, JsonNode node) {
    }

    static void walk(JsonNode node, List<Object> path, List<Leaf> leaves) {
        leaves.add(new Leaf(List.copyOf(path), name(path), node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(field.getKey());
                walk(field.getValue(), deeper, leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> deeper = new ArrayList<>(path);
                deeper.add(i);
                walk(node.get(i), deeper, leaves);
            }
        }
    }

    static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    /** The sample with the value at {@code leaf} replaced by a raw JSON literal. */
    static String replace(JsonNode sample, Leaf leaf, String literal) {
        if (leaf.path().isEmpty()) {
            return literal;
        }
        JsonNode copy = sample.deepCopy();
        JsonNode parent = copy;
        for (Object step : leaf.path().subList(0, leaf.path().size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = leaf.path().get(leaf.path().size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, TextNode.valueOf("@@hostile-value@@"));
        } else {
            ((ObjectNode) parent).put((String) last, "@@hostile-value@@");
        }
        return write(copy).replace(PLACEHOLDER, literal);
    }

    static String withFormValue(String form, String field, String encodedValue) {
        StringBuilder out = new StringBuilder();
        for (String pair : form.split("&")) {
            out.append(out.isEmpty() ? "" : "&");
            out.append(pair.startsWith(field + "=") ? field + "=" + encodedValue : pair);
        }
        return out.toString();
    }

    static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
