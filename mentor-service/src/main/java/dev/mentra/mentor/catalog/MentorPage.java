package dev.mentra.mentor.catalog;

import java.util.List;

/** One page of mentors and how many there are in all. */
public record MentorPage(List<Mentor> items, long total) {
}
