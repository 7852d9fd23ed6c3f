package dev.mentra.mentor.catalog;

/** What a catalog search asks for; null fields do not filter. */
public record MentorSearch(String text, Mentor.Kind kind, String expertise, String language, Sort sort, int page,
                           int size) {

    public enum Sort { RELEVANCE, NAME, RATING, NEWEST }
}
