package dev.mentra.mentor.catalog.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorApplication;
import dev.mentra.mentor.catalog.messaging.MentorEvents;
import dev.mentra.mentor.catalog.repository.ApplicationRepository;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Becoming a human mentor: a signed-in user applies; an admin approves, which creates the mentor profile and
 * publishes {@code mentor.published} (identity-service then grants the {@code mentor} role), or declines.
 */
@ApplicationScoped
public class ApplicationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationRepository applications;
    private final MentorRepository mentors;
    private final MentorEvents events;

    private final Clock clock;

    public ApplicationService(ApplicationRepository applications, MentorRepository mentors, MentorEvents events,
                              Clock clock) {
        this.applications = applications;
        this.mentors = mentors;
        this.events = events;
        this.clock = clock;
    }

    /** What an applicant tells about themselves. */
    public record Proposal(String displayName, String headline, String bio, List<String> expertise,
                           List<String> languages, String timeZone, int sessionMinutes, Integer priceCents,
                           String currency) {
    }

    @WithTransaction
    public Uni<MentorApplication> apply(String userId, Proposal proposal) {
        return mentors.findByUserId(userId).flatMap(existing -> {
            if (existing != null && existing.active) {
                return Uni.createFrom().failure(ProblemException.conflict("already-mentor", "You are a mentor already"));
            }
            return applications.count("userId = ?1 and status = ?2", userId, MentorApplication.Status.PENDING)
                    .flatMap(pending -> {
                        if (pending > 0) {
                            return Uni.createFrom().failure(ProblemException.conflict("application-pending",
                                    "Your application is waiting for a decision"));
                        }
                        MentorApplication a = new MentorApplication();
                        a.id = "app_" + random();
                        a.userId = userId;
                        a.displayName = proposal.displayName().trim();
                        a.headline = proposal.headline().trim();
                        a.bio = proposal.bio().trim();
                        a.expertise = Tags.normalise(proposal.expertise());
                        a.languages = Tags.normalise(proposal.languages());
                        a.timeZone = proposal.timeZone();
                        a.sessionMinutes = proposal.sessionMinutes();
                        a.priceCents = proposal.priceCents();
                        a.currency = proposal.currency() == null ? null : proposal.currency().toUpperCase();
                        a.createdAt = now();
                        return applications.persist(a);
                    });
        });
    }

    /** Admins see every application with the given status; others only their own. */
    @WithSession
    public Uni<List<MentorApplication>> list(String callerId, boolean admin, MentorApplication.Status status) {
        return admin
                ? applications.list("status = ?1 order by createdAt", status)
                : applications.list("userId = ?1 order by createdAt desc", callerId);
    }

    @WithSession
    public Uni<MentorApplication> find(String id, String callerId, boolean admin) {
        return applications.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Application " + id))
                .invoke(a -> {
                    if (!admin && !a.userId.equals(callerId)) {
                        throw ProblemException.notFound("Application " + id);
                    }
                });
    }

    /** Approves: the profile appears in the catalog and the applicant becomes a mentor. */
    @WithTransaction
    public Uni<Mentor> approve(String id, String adminId, String note) {
        return pending(id).flatMap(a -> {
            decide(a, MentorApplication.Status.APPROVED, adminId, note);
            return mentors.findByUserId(a.userId).flatMap(existing -> {
                Mentor m = existing != null ? existing : new Mentor();
                if (existing == null) {
                    m.id = "mtr_" + random();
                    m.kind = Mentor.Kind.HUMAN;
                    m.userId = a.userId;
                    m.createdAt = a.decidedAt;
                } else {
                    // a returning mentor's old calendar may be another mentor's by now: an admin connects it again
                    m.acuityCalendarId = null;
                    m.acuityAppointmentTypeId = null;
                }
                m.displayName = a.displayName;
                m.headline = a.headline;
                m.bio = a.bio;
                m.expertise = a.expertise;
                m.languages = a.languages;
                m.timeZone = a.timeZone;
                m.sessionMinutes = a.sessionMinutes;
                m.priceCents = a.priceCents;
                m.currency = a.currency;
                m.active = true;
                m.updatedAt = a.decidedAt;
                return (existing == null ? mentors.persist(m) : Uni.createFrom().item(m))
                        .call(events::published);
            });
        });
    }

    /**
     * The local run's demo mentor: the demo mentor account gets a published human mentor profile without an
     * application, so the catalog has someone to book from the first start.
     */
    @WithTransaction
    public Uni<Boolean> publishDemoMentor(String userId, String displayName) {
        return mentors.findByUserId(userId).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(false);
            }
            Mentor m = new Mentor();
            m.id = "mtr_" + random();
            m.kind = Mentor.Kind.HUMAN;
            m.userId = userId;
            m.displayName = displayName;
            m.headline = "Engineering manager who helps developers grow into senior and lead roles";
            m.bio = "Fifteen years in software, the last eight leading teams. I help engineers prepare for promotions, "
                    + "interviews and their first steps into management, with honest feedback and a concrete plan.";
            m.expertise = new String[]{"career growth", "leadership", "interviewing", "promotion"};
            m.languages = new String[]{"en"};
            m.timeZone = "America/New_York";
            m.sessionMinutes = 45;
            m.createdAt = now();
            m.updatedAt = m.createdAt;
            return mentors.persist(m).call(events::published).replaceWith(true);
        });
    }

    @WithTransaction
    public Uni<MentorApplication> decline(String id, String adminId, String note) {
        return pending(id).invoke(a -> decide(a, MentorApplication.Status.DECLINED, adminId, note));
    }

    private Uni<MentorApplication> pending(String id) {
        return applications.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Application " + id))
                .invoke(a -> {
                    if (a.status != MentorApplication.Status.PENDING) {
                        throw ProblemException.conflict("already-decided", "This application was " 
                                + a.status.name().toLowerCase() + " already");
                    }
                });
    }

    private void decide(MentorApplication a, MentorApplication.Status status, String adminId, String note) {
        a.status = status;
        a.decidedBy = adminId;
        a.decisionNote = note;
        a.decidedAt = now();
    }

    private static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
