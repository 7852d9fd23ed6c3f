package dev.mentra.identity.service;

import dev.mentra.identity.Credential;
import dev.mentra.identity.User;
import dev.mentra.identity.UserSession;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.messaging.UserEvents;
import dev.mentra.identity.repository.CredentialRepository;
import dev.mentra.identity.repository.SessionRepository;
import dev.mentra.identity.repository.UserRepository;
import dev.mentra.platform.crypto.Sha256;
import dev.mentra.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The local issuer's accounts and sessions, behaving like Clerk's: sign-up and sign-in open a session (a
 * long-lived secret for an httpOnly cookie) and return a short-lived session token; the cookie renews the token
 * until sign-out ends the session.
 */
@ApplicationScoped
public class AccountService {

    private final UserRepository users;
    private final CredentialRepository credentials;
    private final SessionRepository sessions;
    private final PasswordHasher passwords;
    private final SignInThrottle throttle;
    private final TokenIssuer tokens;
    private final UserEvents events;
    private final IdentityConfig config;
    private final IdentityMetrics metrics;
    private final Clock clock;

    public AccountService(UserRepository users, CredentialRepository credentials, SessionRepository sessions,
                          PasswordHasher passwords, SignInThrottle throttle, TokenIssuer tokens, UserEvents events,
                          IdentityConfig config, IdentityMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        this.users = users;
        this.credentials = credentials;
        this.sessions = sessions;
        this.passwords = passwords;
        this.throttle = throttle;
        this.tokens = tokens;
        this.events = events;
        this.config = config;
    }

    /** A new account with the given roles ({@code mentee} for everyone who signs up). */
    public record NewAccount(String email, String password, String name, String timeZone, Set<String> roles) {
    }

    /** An open session: the cookie value that renews it and the current session token. */
    public record SignedIn(User user, String cookie, TokenIssuer.SessionToken token) {
    }

    public Uni<SignedIn> signUp(NewAccount account, String authorizedParty) {
        requireLocalMode();
        return passwords.hash(account.password()).flatMap(hash -> Panache.withTransaction(() ->
                insert(account, hash).flatMap(user -> openSession(user, authorizedParty))));
    }

    /** An account without a session, with the given user id (demo accounts: ids other services may know). */
    public Uni<User> createAccount(NewAccount account, String userId) {
        requireLocalMode();
        return passwords.hash(account.password())
                .flatMap(hash -> Panache.withTransaction(() -> insert(account, hash, userId)));
    }

    private Uni<User> insert(NewAccount account, String passwordHash) {
        return insert(account, passwordHash, Ids.user());
    }

    private Uni<User> insert(NewAccount account, String passwordHash, String userId) {
        return users.findLiveByEmail(account.email()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("email-taken",
                        "An account with this email exists already: sign in instead"));
            }
            User user = UserService.newUser(userId, account.email(), account.name(), now());
            user.timeZone = account.timeZone();
            user.setRoles(account.roles());
            Credential credential = new Credential();
            credential.userId = user.id;
            credential.passwordHash = passwordHash;
            credential.updatedAt = user.createdAt;
            return users.persist(user)
                    .flatMap(u -> credentials.persist(credential))
                    .flatMap(c -> events.created(user))
                    .replaceWith(user);
        });
    }

    /**
     * Signs in. Unknown email and wrong password get the same answer in the same time. The attempt is claimed
     * from the account's throttle before the password is checked (429 with how long to wait if it comes too early);
     * a failure also counts against the client address, whose limit answers further failures 429 but never a
     * right password.
     */
    public Uni<SignedIn> signIn(String email, String password, String clientAddress, String authorizedParty) {
        requireLocalMode();
        return checkPassword(email, password, clientAddress, authorizedParty)
                .invoke(metrics::signedIn)
                .onFailure(ProblemException.class).invoke(e -> metrics.signInRefused(((ProblemException) e).status()));
    }

    private Uni<SignedIn> checkPassword(String email, String password, String clientAddress, String authorizedParty) {
        return throttle.claimAttempt(email).flatMap(wait -> wait.isPresent()
                ? Uni.createFrom().failure(ProblemException.tooManyAttempts(wait.get()))
                : passwordMatches(email, password).flatMap(user -> user != null
                        ? Panache.withTransaction(() -> throttle.succeeded(email)
                                .flatMap(v -> openSession(user, authorizedParty)))
                        : throttle.failedFrom(clientAddress).flatMap(addressWait -> Uni.createFrom().<SignedIn>failure(
                                addressWait.map(ProblemException::tooManyAttempts)
                                        .orElseGet(AccountService::invalidCredentials)))));
    }

    /** The account whose password this is, or null; the session is closed before the (slow) hash comparison. */
    private Uni<User> passwordMatches(String email, String password) {
        return Panache.withSession(() -> users.findLiveByEmail(email).flatMap(user -> user == null
                        ? Uni.createFrom().item(new Known(null, null))
                        : credentials.findById(user.id).map(c -> new Known(user, c == null ? null : c.passwordHash))))
                .flatMap(known -> passwords.matches(password, known.passwordHash())
                        .map(ok -> ok ? known.user() : null));
    }

    private record Known(User user, String passwordHash) {
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException(401, "invalid-credentials", "Sign-in failed",
                "That email and password do not match an account");
    }

    /** Issues a fresh session token from the session cookie (roles and profile as they are now). */
    public Uni<SignedIn> renew(String cookie, String authorizedParty) {
        requireLocalMode();
        return Panache.withTransaction(() -> activeSession(cookie).flatMap(session -> users.findLive(session.userId)
                .onItem().ifNull().failWith(ProblemException::sessionEnded)
                .flatMap(user -> {
                    session.lastUsedAt = now();
                    return tokens.issue(user, session.id, authorizedParty)
                            .map(token -> new SignedIn(user, cookie, token));
                })));
    }

    /** Ends the session so its cookie renews nothing any more. Idempotent. */
    public Uni<Void> signOut(String cookie) {
        return Panache.withTransaction(() -> activeSession(cookie)
                .invoke(session -> session.endedAt = now())
                .replaceWithVoid()
                .onFailure(ProblemException.class).recoverWithNull());
    }

    private Uni<SignedIn> openSession(User user, String authorizedParty) {
        String secret = Ids.secret();
        UserSession session = new UserSession();
        session.id = Ids.session();
        session.userId = user.id;
        session.secretHash = Sha256.hex(secret);
        session.createdAt = now();
        session.lastUsedAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(config.issuer().sessionLifetime());
        return sessions.persist(session)
                .flatMap(s -> tokens.issue(user, s.id, authorizedParty))
                .map(token -> new SignedIn(user, session.id + "." + secret, token));
    }

    private Uni<UserSession> activeSession(String cookie) {
        Optional<String[]> parts = Optional.ofNullable(cookie).map(c -> c.split("\\.", 2)).filter(p -> p.length == 2);
        if (parts.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.sessionEnded());
        }
        String[] p = parts.get();
        OffsetDateTime now = now();
        return sessions.findById(p[0]).flatMap(session -> session != null && session.isActive(now)
                && MessageDigest.isEqual(session.secretHash.getBytes(StandardCharsets.US_ASCII),
                Sha256.hex(p[1]).getBytes(StandardCharsets.US_ASCII))
                ? Uni.createFrom().item(session)
                : Uni.createFrom().failure(ProblemException.sessionEnded()));
    }

    private void requireLocalMode() {
        if (config.mode() != IdentityConfig.Mode.LOCAL) {
            throw new ProblemException(404, "local-issuer-off", "Not available",
                    "Accounts are managed by Clerk: sign in through Clerk");
        }
    }

    private OffsetDateTime now() {
        return UserService.utcNow(clock);
    }
}
