package dev.mentra.mentor.council.service;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.repository.MentorRepository;
import dev.mentra.mentor.council.Council;
import dev.mentra.mentor.council.CouncilMember;
import dev.mentra.mentor.council.repository.CouncilRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Curated public councils, and private councils a person assembles from 2 to 5 AI mentors. */
@ApplicationScoped
public class CouncilService {

    private final CouncilRepository councils;
    private final MentorRepository mentors;

    public CouncilService(CouncilRepository councils, MentorRepository mentors) {
        this.councils = councils;
        this.mentors = mentors;
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

    @WithTransaction
    public Uni<Seated> create(String ownerId, String name, String purpose, List<String> memberIds, String chairId) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(memberIds));
        if (distinct.size() < Council.MIN_MEMBERS || distinct.size() > Council.MAX_MEMBERS) {
            return Uni.createFrom().failure(ProblemException.badRequest("council-size",
                    "A council has " + Council.MIN_MEMBERS + " to " + Council.MAX_MEMBERS + " different AI mentors"));
        }
        String chair = chairId == null ? distinct.get(0) : chairId;
        if (!distinct.contains(chair)) {
            return Uni.createFrom().failure(ProblemException.badRequest("chair-not-member",
                    "The chair must be one of the members"));
        }
        return mentors.list("id in ?1 and kind = ?2 and active = true", distinct, Mentor.Kind.AI).flatMap(found -> {
            if (found.size() != distinct.size()) {
                return Uni.createFrom().failure(ProblemException.badRequest("unknown-member",
                        "Every member must be an active AI mentor of the catalog"));
            }
            Council council = new Council();
            council.id = "cnl_" + UUID.randomUUID().toString().replace("-", "");
            council.name = name.trim();
            council.purpose = purpose == null || purpose.isBlank() ? "My own council" : purpose.trim();
            council.chairMentorId = chair;
            council.ownerUserId = ownerId;
            council.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < distinct.size(); i++) {
                CouncilMember member = new CouncilMember();
                member.councilId = council.id;
                member.mentorId = distinct.get(i);
                member.position = i + 1;
                council.members.add(member);
            }
            Map<String, Mentor> byId = found.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
            return councils.persist(council).map(c -> seat(c, byId));
        });
    }

    @WithTransaction
    public Uni<Void> delete(String id, String ownerId) {
        return councils.findWithMembers(id).flatMap(c -> {
            if (c == null || c.ownerUserId == null || !c.ownerUserId.equals(ownerId)) {
                return Uni.createFrom().failure(c != null && c.ownerUserId == null
                        ? ProblemException.forbidden("Curated councils cannot be deleted")
                        : ProblemException.notFound("Council " + id));
            }
            return councils.delete(c);
        });
    }

    private static Seated seat(Council c, Map<String, Mentor> mentorsById) {
        return new Seated(c, c.members.stream().map(m -> mentorsById.get(m.mentorId))
                .filter(java.util.Objects::nonNull).toList());
    }
}
