package dev.mentra.k8s;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Fields of a typed model (Strimzi's, fabric8's) that the model did not know: both keep them in an
 * additionalProperties map instead of failing, so a misspelt field would be carried silently.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> of(Object model) {
        List<String> unknown = new ArrayList<>();
        walk(model, "", unknown);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "/" + i++, unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "/" + k, unknown));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.strimzi.api.") && !type.startsWith("io.fabric8.kubernetes.api.model.")) {
            return;
        }
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(value.getClass()).getPropertyDescriptors()) {
                if (property.getReadMethod() == null || property.getReadMethod().getParameterCount() > 0
                        || property.getName().equals("class")) {
                    continue;
                }
                Object child = property.getReadMethod().invoke(value);
                if (property.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> extra) {
                        extra.keySet().forEach(k -> unknown.add(path + "/" + k));
                    }
                } else {
                    walk(child, path + "/" + property.getName(), unknown);
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + type, e);
        }
    }
}
