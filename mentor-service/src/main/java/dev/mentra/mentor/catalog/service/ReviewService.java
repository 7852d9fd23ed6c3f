package dev.mentra.mentor.catalog.service;

import dev.mentra.mentor.catalog.CompletedSession;
import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.Review;
import dev.mentra.mentor.catalog.repository.CompletedSessionRepository;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.mentor.catalog.repository.ReviewRepository;
import dev.mentra.platform.problem.ProblemException;
import dev.mentra.platform.validation.Paging;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reviews of human mentors: a mentee may rate a mentor only for a session booking-service reported completed,
 * once per booking, and never themselves. The mentor's average and count move with each review, atomically.
 */
@ApplicationScoped
public class ReviewService {

    private final ReviewRepository reviews;
    private final CompletedSessionRepository sessions;
    private final MentorRepository mentors;

    private final Clock clock;

    public ReviewService(ReviewRepository reviews, CompletedSessionRepository sessions, MentorRepository mentors,
                         Clock clock) {
        this.reviews = reviews;
        this.sessions = sessions;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** Records that a session happened (from {@code booking.completed}); idempotent. */
    @WithTransaction
    public Uni<Void> sessionCompleted(CompletedSession session) {
        return sessions.findById(session.bookingId).flatMap(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : sessions.persist(session).replaceWithVoid());
    }

    @WithTransaction
    public Uni<Review> review(String mentorId, String menteeId, int rating, String text) {
        return mentors.findById(mentorId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mentor " + mentorId))
                .flatMap(mentor -> unreviewedSession(mentor, menteeId).flatMap(session -> {
                    Review review = new Review();
                    review.id = "rev_" + UUID.randomUUID().toString().replace("-", "");
                    review.bookingId = session.bookingId;
                    review.mentorId = mentorId;
                    review.menteeId = menteeId;
                    review.rating = rating;
                    review.text = text == null || text.isBlank() ? null : text.trim();
                    review.createdAt = now();
                    // counted in the database, not from the mentor loaded above: concurrent reviews all count
                    return reviews.persist(review).call(r -> mentors.addRating(mentorId, rating));
                }));
    }

    @WithSession
    public Uni<List<Review>> reviewsOf(String mentorId, int page, int size) {
        int first = Paging.firstRow(page, size);
        return reviews.find("mentorId = ?1 order by createdAt desc, id", mentorId).range(first, first + size - 1).list();
    }

    private Uni<CompletedSession> unreviewedSession(Mentor mentor, String menteeId) {
        if (!mentor.isHuman()) {
            return Uni.createFrom().failure(ProblemException.badRequest("not-reviewable",
                    "AI mentors are not reviewed"));
        }
        if (menteeId.equals(mentor.userId)) {
            return Uni.createFrom().failure(new ProblemException(403, "own-review", "Not reviewable",
                    "Mentors cannot review themselves"));
        }
        return sessions.find("""
                        mentorId = ?1 and menteeId = ?2
                        and bookingId not in (select r.bookingId from Review r)
                        order by completedAt desc""", mentor.id, menteeId)
                .firstResult()
                .onItem().ifNull().failWith(() -> new ProblemException(403, "no-completed-session",
                        "Not reviewable yet", "You can review a mentor after each completed session with them"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
