package dev.mentra.booking;

import java.time.OffsetDateTime;

/**
 * A mentor's availability: when (schedule in their zone) and on what terms (rules). {@code configured} is false for
 * a mentor who has not set it yet: the defaults are shown and no slot is offered.
 */
public record MentorAvailability(String mentorId, WeeklySchedule schedule, BookingRules rules, boolean configured,
                                 OffsetDateTime updatedAt) {
}
