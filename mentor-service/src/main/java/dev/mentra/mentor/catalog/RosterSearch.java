package dev.mentra.mentor.catalog;

/** What an admin's list of mentors holds: any kind or one, active or retired or both, a name or headline to find. */
public record RosterSearch(Mentor.Kind kind, Boolean active, String text, int page, int size) {
}
