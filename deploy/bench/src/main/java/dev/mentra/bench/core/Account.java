package dev.mentra.bench.core;

/**
 * One account of the saved population.
 *
 * @param sessionCookie the {@code mentra_session} cookie: renews a token with no password check (no bcrypt)
 * @param address       the loopback address this account's calls come from (see {@link SourceAddresses})
 * @param mentorId      mentor-service's id of the mentor profile; null for mentees
 */
public record Account(String email, String userId, String sessionCookie, String address, String mentorId) {

    Account asMentor(String id) {
        return new Account(email, userId, sessionCookie, address, id);
    }
}
