package dev.mentra.mentor.catalog.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Expertise tags and language codes: trimmed, lower case, no duplicates, order kept. */
final class Tags {

    private Tags() {
    }

    static String[] normalise(Collection<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                clean.add(tag.trim().toLowerCase());
            }
        }
        return clean.toArray(String[]::new);
    }
}
