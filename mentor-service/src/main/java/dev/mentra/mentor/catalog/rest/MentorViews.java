package dev.mentra.mentor.catalog.rest;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorApplication;
import dev.mentra.mentor.catalog.Review;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What the API shows of mentors, applications and reviews. An AI persona's system prompt is never shown. */
public final class MentorViews {

    private MentorViews() {
    }

    @Schema(requiredProperties = {"average", "count"})
    public record Rating(@Schema(nullable = true, description = "Null until the first review") BigDecimal average,
                         int count) {
    }

    @Schema(requiredProperties = {"amountCents", "currency"})
    public record Price(int amountCents, @Schema(nullable = true) String currency) {
    }

    @Schema(requiredProperties = {"id", "kind", "displayName", "headline", "bio", "expertise", "languages", "timeZone",
            "sessionMinutes", "price", "voice", "rating", "bookable"})
    public record MentorView(String id,
                             @Schema(type = SchemaType.STRING, implementation = Mentor.Kind.class) String kind,
                             String displayName, String headline, String bio, List<String> expertise,
                             List<String> languages,
                             @Schema(nullable = true, description = "Null for AI mentors") String timeZone,
                             @Schema(nullable = true, description = "Null for AI mentors") Integer sessionMinutes,
                             @Schema(nullable = true) Price price,
                             @Schema(nullable = true, description = "AI mentors: how the persona speaks") String voice,
                             Rating rating, boolean bookable) {
        public static MentorView of(Mentor m) {
            return new MentorView(m.id, m.kind.name(), m.displayName, m.headline, m.bio, List.of(m.expertise),
                    List.of(m.languages), m.timeZone, m.sessionMinutes,
                    m.priceCents == null ? null : new Price(m.priceCents, m.currency),
                    m.voice, new Rating(m.ratingAverage, m.ratingCount), m.isHuman() && m.active);
        }
    }

    /** A mentor's own profile: what the public sees plus the booking integration settings. */
    @Schema(requiredProperties = {"profile", "acuityCalendarId", "acuityAppointmentTypeId", "active"})
    public record OwnProfile(MentorView profile, @Schema(nullable = true) String acuityCalendarId,
                             @Schema(nullable = true) String acuityAppointmentTypeId, boolean active) {
        public static OwnProfile of(Mentor m) {
            return new OwnProfile(MentorView.of(m), m.acuityCalendarId, m.acuityAppointmentTypeId, m.active);
        }
    }

    /** A mentor as admins manage them: catalog state, owner and booking integration (never an AI's prompt). */
    @Schema(requiredProperties = {"id", "kind", "userId", "displayName", "headline", "timeZone", "sessionMinutes",
            "acuityCalendarId", "acuityAppointmentTypeId", "active", "createdAt", "updatedAt"})
    public record AdminMentorView(String id,
                                  @Schema(type = SchemaType.STRING, implementation = Mentor.Kind.class) String kind,
                                  @Schema(nullable = true, description = "Null for AI mentors") String userId,
                                  String displayName, String headline,
                                  @Schema(nullable = true) String timeZone,
                                  @Schema(nullable = true) Integer sessionMinutes,
                                  @Schema(nullable = true) String acuityCalendarId,
                                  @Schema(nullable = true) String acuityAppointmentTypeId,
                                  boolean active,
                                  @Schema(implementation = String.class, format = "date-time", nullable = true)
                                  OffsetDateTime createdAt,
                                  @Schema(implementation = String.class, format = "date-time", nullable = true)
                                  OffsetDateTime updatedAt) {
        public static AdminMentorView of(Mentor m) {
            return new AdminMentorView(m.id, m.kind.name(), m.userId, m.displayName, m.headline, m.timeZone,
                    m.sessionMinutes, m.acuityCalendarId, m.acuityAppointmentTypeId, m.active, m.createdAt,
                    m.updatedAt);
        }
    }

    /** Required per component: a class-level {@code @Schema} would add a raw, unused PageView to the document. */
    public record PageView<T>(@Schema(required = true) List<T> items, @Schema(required = true) int page,
                              @Schema(required = true) int size, @Schema(required = true) long total) {
    }

    @Schema(requiredProperties = {"id", "userId", "displayName", "headline", "bio", "expertise", "languages",
            "timeZone", "sessionMinutes", "price", "status", "decisionNote", "createdAt", "decidedAt"})
    public record ApplicationView(String id, String userId, String displayName, String headline, String bio,
                                  List<String> expertise, List<String> languages, String timeZone,
                                  int sessionMinutes,
                                  @Schema(nullable = true, description = "Null: free sessions") Price price,
                                  @Schema(type = SchemaType.STRING, implementation = MentorApplication.Status.class)
                                  String status,
                                  @Schema(nullable = true) String decisionNote, OffsetDateTime createdAt,
                                  @Schema(implementation = String.class, format = "date-time", nullable = true)
                                  OffsetDateTime decidedAt) {
        public static ApplicationView of(MentorApplication a) {
            return new ApplicationView(a.id, a.userId, a.displayName, a.headline, a.bio, List.of(a.expertise),
                    List.of(a.languages), a.timeZone, a.sessionMinutes,
                    a.priceCents == null ? null : new Price(a.priceCents, a.currency), a.status.name(), a.decisionNote,
                    a.createdAt, a.decidedAt);
        }
    }

    @Schema(requiredProperties = {"id", "rating", "text", "createdAt"})
    public record ReviewView(String id, int rating, @Schema(nullable = true) String text, OffsetDateTime createdAt) {
        public static ReviewView of(Review r) {
            return new ReviewView(r.id, r.rating, r.text, r.createdAt);
        }
    }
}
