package dev.mentra.chat.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentra.chat.Conversation;
import dev.mentra.chat.ConversationView;
import dev.mentra.chat.DirectoryMentor;
import dev.mentra.chat.DirectoryUser;
import dev.mentra.chat.Message;
import dev.mentra.chat.MessageView;
import dev.mentra.chat.Participant;
import dev.mentra.chat.messaging.ChatEvents;
import dev.mentra.chat.repository.ConversationRepository;
import dev.mentra.chat.repository.DirectoryRepository;
import dev.mentra.chat.repository.MessageRepository;
import dev.mentra.chat.repository.ParticipantRepository;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Conversations and who is in them: opened by a mentee (DIRECT, AI_MENTOR, COUNCIL) or by a confirmed booking
 * (SESSION). Only participants see a conversation; to anyone else it does not exist.
 */
@ApplicationScoped
public class ConversationService {

    /** What a person asks to open. */
    public record Opening(Conversation.Kind kind, String mentorId, String councilId) {
    }

    /** An opened conversation; {@code created} is false when an existing one was found (DIRECT). */
    public record Opened(ConversationView conversation, boolean created) {
    }

    /** A booking as chat reads it (bookings.v1). */
    public record Booking(String bookingId, String mentorId, String mentorUserId, String menteeId,
                          OffsetDateTime startsAt, String timeZone) {
    }

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final MessageRepository messages;
    private final DirectoryRepository directory;
    private final MessageService messageService;
    private final ChatEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    public ConversationService(ConversationRepository conversations, ParticipantRepository participants,
                               MessageRepository messages, DirectoryRepository directory,
                               MessageService messageService, ChatEvents events, ObjectMapper json, Clock clock) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.directory = directory;
        this.messageService = messageService;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The caller's conversations, the most recently active first. */
    @WithSession
    public Uni<List<ConversationView>> mine(String userId) {
        return participants.memberships(userId).flatMap(memberships -> {
            if (memberships.isEmpty()) {
                return Uni.createFrom().item(List.<ConversationView>of());
            }
            Map<String, Participant> mine = memberships.stream()
                    .collect(Collectors.toMap(p -> p.conversationId, Function.identity()));
            Set<String> ids = mine.keySet();
            return conversations.list("id in ?1", ids).flatMap(found -> participants.list("conversationId in ?1", ids)
                    .flatMap(everyone -> names(everyone).flatMap(names -> messages.lastOf(ids)
                            .flatMap(last -> messages.unreadCounts(userId).map(unread -> {
                                Map<String, Message> lastById = last.stream()
                                        .collect(Collectors.toMap(m -> m.conversationId, Function.identity()));
                                Map<String, List<Participant>> membersById = everyone.stream()
                                        .collect(Collectors.groupingBy(p -> p.conversationId));
                                return found.stream()
                                        .map(c -> view(c, membersById.get(c.id), names, mine.get(c.id),
                                                unread.getOrDefault(c.id, 0L), lastById.get(c.id)))
                                        .sorted(Comparator.comparing(ConversationService::activity).reversed())
                                        .toList();
                            })))));
        });
    }

    /** Everyone who shares a conversation with {@code userId}: who hears of their presence. */
    @WithSession
    public Uni<List<String>> contactsOf(String userId) {
        return participants.contactsOf(userId);
    }

    @WithSession
    public Uni<ConversationView> get(String conversationId, String userId) {
        return messageService.participantOrNotFound(conversationId, userId)
                .flatMap(me -> conversations.findById(conversationId)
                        .flatMap(c -> participants.of(conversationId).flatMap(members -> names(members)
                                .flatMap(names -> messages.lastOf(List.of(conversationId)).flatMap(last ->
                                        messages.unreadCounts(userId).map(unread -> view(c, members, names, me,
                                                unread.getOrDefault(c.id, 0L), last.isEmpty() ? null : last.get(0))))))));
    }

    /** A person opens a conversation with a human mentor, an AI mentor or a council. */
    @WithTransaction
    public Uni<Opened> open(String userId, Opening opening) {
        return switch (opening.kind()) {
            case DIRECT -> mentor(opening.mentorId()).flatMap(mentor -> {
                if (mentor.isAi()) {
                    return Uni.createFrom().failure(ProblemException.badRequest("not-human",
                            "AI mentors answer in AI_MENTOR conversations"));
                }
                if (mentor.userId == null) {
                    return Uni.createFrom().failure(ProblemException.notFound("Mentor " + mentor.mentorId));
                }
                if (mentor.userId.equals(userId)) {
                    return Uni.createFrom().failure(ProblemException.badRequest("own-profile",
                            "You cannot open a conversation with yourself"));
                }
                return conversations.findDirect(userId, mentor.mentorId).flatMap(existing -> existing != null
                        ? viewFor(existing, userId).map(v -> new Opened(v, false))
                        : create(Conversation.Kind.DIRECT, mentor.displayName, userId, c -> c.mentorId = mentor.mentorId,
                        List.of(member(userId, Participant.Role.MENTEE), member(mentor.userId, Participant.Role.MENTOR)))
                        .flatMap(c -> viewFor(c, userId)).map(v -> new Opened(v, true)));
            });
            case AI_MENTOR -> mentor(opening.mentorId()).flatMap(mentor -> mentor.isAi()
                    ? create(Conversation.Kind.AI_MENTOR, mentor.displayName, userId, c -> c.mentorId = mentor.mentorId,
                    List.of(member(userId, Participant.Role.OWNER)))
                    .flatMap(c -> viewFor(c, userId)).map(v -> new Opened(v, true))
                    : Uni.createFrom().failure(ProblemException.badRequest("not-ai",
                    "Only AI mentors answer in AI_MENTOR conversations; use DIRECT for a human mentor")));
            // the council is checked by mentor-service when it is asked (with the person's token): a council the
            // person may not use answers there with a clear error, shown in the conversation
            case COUNCIL -> blank(opening.councilId())
                    ? Uni.createFrom().failure(ProblemException.badRequest("council-required", "Name the council"))
                    : create(Conversation.Kind.COUNCIL, "Council " + opening.councilId().strip(), userId,
                    c -> c.councilId = opening.councilId().strip(), List.of(member(userId, Participant.Role.OWNER)))
                    .flatMap(c -> viewFor(c, userId)).map(v -> new Opened(v, true));
            case SESSION -> Uni.createFrom().failure(ProblemException.badRequest("session-by-booking",
                    "Session conversations open when a booking is confirmed"));
        };
    }

    /** {@code booking.confirmed} (or a later event of a booking never seen confirmed): one conversation per booking. */
    @WithTransaction
    public Uni<Conversation> openSession(Booking booking) {
        return conversations.findByBooking(booking.bookingId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            return directory.mentor(booking.mentorId())
                    .flatMap(mentor -> create(Conversation.Kind.SESSION,
                            "Session with " + (mentor != null ? mentor.displayName : "your mentor"), booking.menteeId(),
                            c -> {
                                c.bookingId = booking.bookingId();
                                c.mentorId = booking.mentorId();
                            },
                            List.of(member(booking.menteeId(), Participant.Role.MENTEE),
                                    member(booking.mentorUserId(), Participant.Role.MENTOR))))
                    .call(c -> messageService.append(c.id, messageService.systemDraft("Session booked for "
                            + Sessions.when(booking.startsAt(), booking.timeZone()) + ".")));
        });
    }

    /** A notice about the booking behind a SESSION conversation (moved, cancelled, completed). */
    @WithTransaction
    public Uni<Void> sessionNotice(Booking booking, String text) {
        return openSession(booking).flatMap(c -> messageService.append(c.id, messageService.systemDraft(text)))
                .replaceWithVoid();
    }

    private Uni<Conversation> create(Conversation.Kind kind, String title, String createdBy,
                                     java.util.function.Consumer<Conversation> details, List<Participant> members) {
        Conversation c = new Conversation();
        c.id = "cnv_" + UUID.randomUUID().toString().replace("-", "");
        c.kind = kind;
        c.title = title;
        c.createdBy = createdBy;
        c.createdAt = Timestamps.now(clock);
        details.accept(c);
        members.forEach(m -> {
            m.conversationId = c.id;
            m.joinedAt = c.createdAt;
        });
        return conversations.persist(c)
                .call(() -> participants.persist(members))
                // the participants rows must exist before anything reads them back in this transaction
                .call(() -> Panache.getSession().flatMap(s -> s.flush()))
                .call(() -> names(members).flatMap(names -> events.created(
                        view(c, members, names, null, 0L, null),
                        members.stream().map(p -> p.userId).toList())));
    }

    private Uni<DirectoryMentor> mentor(String mentorId) {
        if (blank(mentorId)) {
            return Uni.createFrom().failure(ProblemException.badRequest("mentor-required", "Name the mentor"));
        }
        return directory.mentor(mentorId.strip()).map(m -> m != null && m.active ? m : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Mentor " + mentorId));
    }

    private Uni<ConversationView> viewFor(Conversation c, String userId) {
        return participants.of(c.id).flatMap(members -> names(members).map(names -> view(c, members, names,
                members.stream().filter(p -> p.userId.equals(userId)).findFirst().orElse(null), 0L, null)));
    }

    private Uni<Map<String, String>> names(List<Participant> members) {
        List<String> ids = members.stream().map(p -> p.userId).distinct().toList();
        return Panache.getSession().flatMap(s -> s.createQuery("from DirectoryUser where userId in ?1", DirectoryUser.class)
                        .setParameter(1, ids).getResultList())
                .map(users -> users.stream().filter(u -> u.displayName != null)
                        .collect(Collectors.toMap(u -> u.userId, u -> u.displayName, (a, b) -> a)));
    }

    private ConversationView view(Conversation c, List<Participant> members, Map<String, String> names,
                                  Participant me, Long unread, Message last) {
        List<ConversationView.Member> list = (members == null ? List.<Participant>of() : members).stream()
                .map(p -> new ConversationView.Member(p.userId, p.role.name(), names.get(p.userId))).toList();
        return ConversationView.of(c, list, me == null ? null : me.lastReadSeq, unread,
                last == null ? null : MessageView.of(last, json));
    }

    private static OffsetDateTime activity(ConversationView v) {
        return v.lastMessage() != null ? v.lastMessage().createdAt() : v.createdAt();
    }

    private static Participant member(String userId, Participant.Role role) {
        return Participant.of(null, userId, role, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** How a session's time reads in its conversation. */
    public static String when(OffsetDateTime startsAt, String timeZone) {
        return Sessions.when(startsAt, timeZone);
    }
}
