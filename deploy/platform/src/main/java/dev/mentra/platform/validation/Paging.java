package dev.mentra.platform.validation;

/**
 * Paging rules every listing follows: page numbers from 0 to {@value #MAX_PAGE} ({@link PageNumber}), page sizes
 * bounded by each route, and the first row computed in {@code long} so no page number can overflow into a
 * negative {@code OFFSET}.
 */
public final class Paging {

    /** The last page number any listing serves: 10 000 pages are far beyond what a person scrolls. */
    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    /** The index of the first row of {@code page}, for {@code OFFSET} or Hibernate's {@code setFirstResult}. */
    public static int firstRow(int page, int size) {
        // bounded page and size keep this far inside int; toIntExact fails loudly if a route forgets its bounds
        return Math.toIntExact((long) page * size);
    }
}
