package dev.mentra.mentor.catalog.rest;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorApplication;
import dev.mentra.mentor.catalog.Review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API shows of mentors, applications and reviews. An AI persona's system prompt is never shown. */
public final class MentorViews {

    private MentorViews() {
    }

    public record Rating(BigDecimal average, int count) {
    }

    public record Price(int amountCents, String currency) {
    }

    public record MentorView(String id, String kind, String displayName, String headline, String bio,
                             List<String> expertise, List<String> languages, String timeZone, Integer sessionMinutes,
                             Price price, String voice, Rating rating, boolean bookable) {
        public static MentorView of(Mentor m) {
            return new MentorView(m.id, m.kind.name(), m.displayName, m.headline, m.bio, List.of(m.expertise),
                    List.of(m.languages), m.timeZone, m.sessionMinutes,
                    m.priceCents == null ? null : new Price(m.priceCents, m.currency),
                    m.voice, new Rating(m.ratingAverage, m.ratingCount), m.isHuman() && m.active);
        }
    }

    /** A mentor's own profile: what the public sees plus the booking integration settings. */
    public record OwnProfile(MentorView profile, String acuityCalendarId, String acuityAppointmentTypeId,
                             boolean active) {
        public static OwnProfile of(Mentor m) {
            return new OwnProfile(MentorView.of(m), m.acuityCalendarId, m.acuityAppointmentTypeId, m.active);
        }
    }

    public record PageView<T>(List<T> items, int page, int size, long total) {
    }

    public record ApplicationView(String id, String userId, String displayName, String headline, String bio,
                                  List<String> expertise, List<String> languages, String timeZone,
                                  int sessionMinutes, String status, String decisionNote, OffsetDateTime createdAt,
                                  OffsetDateTime decidedAt) {
        public static ApplicationView of(MentorApplication a) {
            return new ApplicationView(a.id, a.userId, a.displayName, a.headline, a.bio, List.of(a.expertise),
                    List.of(a.languages), a.timeZone, a.sessionMinutes, a.status.name(), a.decisionNote,
                    a.createdAt, a.decidedAt);
        }
    }

    public record ReviewView(String id, int rating, String text, OffsetDateTime createdAt) {
        public static ReviewView of(Review r) {
            return new ReviewView(r.id, r.rating, r.text, r.createdAt);
        }
    }
}
