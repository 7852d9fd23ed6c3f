package dev.mentra.mentor.catalog.repository;

import dev.mentra.mentor.catalog.Mentor;
import dev.mentra.mentor.catalog.MentorPage;
import dev.mentra.mentor.catalog.MentorSearch;
import dev.mentra.mentor.catalog.RosterSearch;
import dev.mentra.platform.validation.Paging;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@WithSession
public class MentorRepository implements PanacheRepositoryBase<Mentor, String> {

    public Uni<Mentor> findByUserId(String userId) {
        return find("userId", userId).firstResult();
    }

    /** The active mentors of one kind. */
    public Uni<List<Mentor>> listActive(Mentor.Kind kind) {
        return list("kind = ?1 and active = true", kind);
    }

    /** Admins' list: retired mentors included when asked, active ones first, then by name (stable pages). */
    public Uni<MentorPage> roster(RosterSearch query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (query.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.active() != null) {
            where.add("active = :active");
            params.put("active", query.active());
        }
        if (query.text() != null && !query.text().isBlank()) {
            // a substring, not a pattern: what an admin types is never read as LIKE wildcards
            where.add("(locate(:text, lower(displayName)) > 0 or locate(:text, lower(headline)) > 0)");
            params.put("text", query.text().strip().toLowerCase(java.util.Locale.ROOT));
        }
        String condition = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = find(condition, io.quarkus.panache.common.Sort.descending("active").and("displayName").and("id"),
                params);
        return found.page(query.page(), query.size()).list()
                .flatMap(items -> found.count().map(total -> new MentorPage(items, total)));
    }

    /** The active mentor, other than this one, holding this Acuity calendar or appointment type, if any. */
    public Uni<Mentor> holdingAcuity(String calendarId, String appointmentTypeId, String exceptMentorId) {
        return find("active = true and id <> ?1 and (acuityCalendarId = ?2 or acuityAppointmentTypeId = ?3)",
                exceptMentorId, calendarId, appointmentTypeId).firstResult();
    }

    /**
     * Counts one more rating in one statement: the row lock orders concurrent reviews, each adding to the values
     * the previous one committed, so none is lost. The average is kept from the exact total (no rounding drift).
     */
    public Uni<Integer> addRating(String mentorId, int rating) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE mentor SET rating_total = rating_total + :rating,
                                          rating_count = rating_count + 1,
                                          rating_average = round((rating_total + :rating)::numeric / (rating_count + 1), 2)
                        WHERE id = :mentor""")
                .setParameter("rating", rating)
                .setParameter("mentor", mentorId)
                .executeUpdate());
    }

    /**
     * Any-word match: people type questions ("raising a seed round from investors"), not keyword lists, so the
     * stemmed words are OR-ed and the ranking ({@code ts_rank} over the weighted name, headline, expertise and
     * bio) decides; ties are broken by id so pages are stable.
     */
    private static final String ANY_WORD = "replace(plainto_tsquery('english', :text)::text, ' & ', ' | ')::tsquery";

    public Uni<MentorPage> search(MentorSearch query) {
        List<String> where = new ArrayList<>(List.of("m.active"));
        Map<String, Object> params = new java.util.HashMap<>();
        boolean text = query.text() != null && !query.text().isBlank();
        if (text) {
            where.add("m.search @@ " + ANY_WORD);
            params.put("text", query.text());
        }
        if (query.kind() != null) {
            where.add("m.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.expertise() != null) {
            where.add("m.expertise @> ARRAY[CAST(:expertise AS text)]");
            params.put("expertise", query.expertise().toLowerCase());
        }
        if (query.language() != null) {
            where.add("m.languages @> ARRAY[CAST(:language AS text)]");
            params.put("language", query.language().toLowerCase());
        }
        String filter = " FROM mentor m WHERE " + String.join(" AND ", where);
        String order = switch (query.sort() == MentorSearch.Sort.RELEVANCE && !text ? MentorSearch.Sort.RATING : query.sort()) {
            case RELEVANCE -> "ts_rank(m.search, " + ANY_WORD + ") DESC";
            case NAME -> "lower(m.display_name) ASC";
            case RATING -> "m.rating_average DESC NULLS LAST, m.rating_count DESC";
            case NEWEST -> "m.created_at DESC";
        };
        String idsSql = "SELECT m.id" + filter + " ORDER BY " + order + ", m.id ASC LIMIT :limit OFFSET :offset";
        return Panache.getSession().flatMap(session -> {
            var ids = session.createNativeQuery(idsSql, String.class);
            var count = session.createNativeQuery("SELECT count(*)" + filter, Long.class);
            params.forEach((k, v) -> {
                ids.setParameter(k, v);
                count.setParameter(k, v);
            });
            ids.setParameter("limit", query.size());
            ids.setParameter("offset", Paging.firstRow(query.page(), query.size()));
            return ids.getResultList().flatMap(found -> count.getSingleResult().flatMap(total -> found.isEmpty()
                    ? Uni.createFrom().item(new MentorPage(List.of(), total))
                    : list("id in ?1", found).map(mentors -> new MentorPage(inOrder(found, mentors), total))));
        });
    }

    private static List<Mentor> inOrder(List<String> ids, List<Mentor> mentors) {
        Map<String, Mentor> byId = mentors.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

}
