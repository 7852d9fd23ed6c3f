package dev.mentra.mentor.council.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.mentor.council.Council;
import dev.mentra.mentor.council.CouncilMember;
import dev.mentra.mentor.council.repository.CouncilRepository;
import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Curated public councils (admins curate them), and private councils a person assembles from 2 to 5 AI mentors. */
@ApplicationScoped
public class CouncilService {

    private final CouncilRepository councils;
    private final MentorRepository mentors;

    private final Clock clock;

    public CouncilService(CouncilRepository councils, MentorRepository mentors, Clock clock) {
        this.councils = councils;
        this.mentors = mentors;
        this.clock = clock;
    }

    /** A council and its members' profiles, in seat order. */
    public record Seated(Council council, List<Mentor> members) {
    }

    @WithSession
    public Uni<List<Seated>> listVisibleTo(String userId) {
        return councils.listVisibleTo(userId).flatMap(list -> mentors.list("kind = ?1", Mentor.Kind.AI)
                .map(ai -> {
                    Map<String, Mentor> byId = ai.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
                    return list.stream().map(c -> seat(c, byId)).toList();
                }));
    }

    /** A public council, or the caller's own; anyone else's private council does not exist for them. */
    @WithSession
    public Uni<Seated> find(String id, String userId) {
        return councils.findWithMembers(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Council " + id))
                .flatMap(c -> {
                    if (!c.visibleTo(userId)) {
                        return Uni.createFrom().failure(ProblemException.notFound("Council " + id));
                    }
                    List<String> ids = c.members.stream().map(m -> m.mentorId).toList();
                    return mentors.list("id in ?1", ids).map(list -> seat(c,
                            list.stream().collect(Collectors.toMap(m -> m.id, Function.identity()))));
                });
    }

    /** What a council is made of, as its author writes it. */
    public record Draft(String name, String purpose, List<String> memberIds, String chairId) {
    }

    /** A private council of {@code ownerId}, or a curated (public) one when {@code ownerId} is null: an admin's. */
    @WithTransaction
    public Uni<Seated> create(String ownerId, Draft draft) {
        Council council = new Council();
        council.id = "cnl_" + UUID.randomUUID().toString().replace("-", "");
        council.ownerUserId = ownerId;
        council.createdAt = OffsetDateTime.now(clock);
        return compose(council, draft).flatMap(seated -> councils.persist(council).replaceWith(seated));
    }

    /**
     * Rewrites a council: a curated one by an admin only (403 for anyone else), a private one by its owner only (404
     * for anyone else, as if it did not exist).
     */
    @WithTransaction
    public Uni<Seated> revise(String id, String editorId, boolean admin, Draft draft) {
        return councils.findWithMembers(id).flatMap(c -> {
            if (c == null || !c.visibleTo(editorId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Council " + id));
            }
            if (c.ownerUserId == null && !admin) {
                return Uni.createFrom().failure(ProblemException.forbidden("Only admins curate public councils"));
            }
            // members are replaced: the old seats go first, so a mentor may keep a seat at another position
            c.members.clear();
            return councils.flush().flatMap(x -> compose(c, draft));
        });
    }

    /** Deletes a private council (its owner) or a curated one (an admin). */
    @WithTransaction
    public Uni<Void> delete(String id, String userId, boolean admin) {
        return councils.findWithMembers(id).flatMap(c -> {
            if (c == null || !c.visibleTo(userId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Council " + id));
            }
            if (c.ownerUserId == null && !admin) {
                return Uni.createFrom().failure(ProblemException.forbidden("Curated councils cannot be deleted"));
            }
            return councils.delete(c);
        });
    }

    /** Checks the draft (2–5 distinct active AI mentors, the chair among them) and writes it into the council. */
    private Uni<Seated> compose(Council council, Draft draft) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(draft.memberIds()));
        if (distinct.size() < Council.MIN_MEMBERS || distinct.size() > Council.MAX_MEMBERS) {
            return Uni.createFrom().failure(ProblemException.badRequest("council-size",
                    "A council has " + Council.MIN_MEMBERS + " to " + Council.MAX_MEMBERS + " different AI mentors"));
        }
        String chair = draft.chairId() == null ? distinct.get(0) : draft.chairId();
        if (!distinct.contains(chair)) {
            return Uni.createFrom().failure(ProblemException.badRequest("chair-not-member",
                    "The chair must be one of the members"));
        }
        boolean curated = council.ownerUserId == null;
        if (curated && (draft.purpose() == null || draft.purpose().isBlank())) {
            // people choose a curated council by what it is for
            return Uni.createFrom().failure(ProblemException.invalid(List.of(new Problem.FieldError(
                    "purpose", "must not be blank: say what questions a curated council is for"))));
        }
        return mentors.list("id in ?1 and kind = ?2 and active = true", distinct, Mentor.Kind.AI).map(found -> {
            if (found.size() != distinct.size()) {
                throw ProblemException.badRequest("unknown-member", "Every member must be an active AI mentor of the catalog");
            }
            council.name = draft.name().trim();
            council.purpose = draft.purpose() == null || draft.purpose().isBlank() ? "My own council" : draft.purpose().trim();
            council.chairMentorId = chair;
            for (int i = 0; i < distinct.size(); i++) {
                CouncilMember member = new CouncilMember();
                member.councilId = council.id;
                member.mentorId = distinct.get(i);
                member.position = i + 1;
                council.members.add(member);
            }
            return seat(council, found.stream().collect(Collectors.toMap(m -> m.id, Function.identity())));
        });
    }

    private static Seated seat(Council c, Map<String, Mentor> mentorsById) {
        return new Seated(c, c.members.stream().map(m -> mentorsById.get(m.mentorId))
                .filter(java.util.Objects::nonNull).toList());
    }
}
