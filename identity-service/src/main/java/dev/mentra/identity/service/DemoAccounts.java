package dev.mentra.identity.service;

import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.repository.UserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

/**
 * The local run's demo accounts (a mentee, a mentor, an admin), created once when
 * {@code mentra.identity.demo-accounts} is on. The launcher prints them; never enable this in production.
 *
 * <p>They have fixed user ids. mentor-service gives the demo mentor its profile by that id
 * ({@link #MENTOR_USER_ID}), never by its email: where demo accounts are off anyone may sign up with the email,
 * but no one can choose a user id (sign-up draws {@code user_} and 27 random characters; Clerk's are its own).
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "mentra-demo-password";
    public static final String MENTEE_USER_ID = "user_mentraDemoMentee";
    /** Known to mentor-service (UserEventsConsumer), which publishes this account's demo mentor profile. */
    public static final String MENTOR_USER_ID = "user_mentraDemoMentor";
    public static final String ADMIN_USER_ID = "user_mentraDemoAdmin";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private record DemoAccount(String userId, AccountService.NewAccount account) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(MENTEE_USER_ID, new AccountService.NewAccount("mentee@mentra.local", PASSWORD,
                    "Maya Mentee", "Europe/Lisbon", Set.of(User.MENTEE))),
            new DemoAccount(MENTOR_USER_ID, new AccountService.NewAccount("mentor@mentra.local", PASSWORD,
                    "Oscar Mentor", "America/New_York", Set.of(User.MENTEE, User.MENTOR))),
            new DemoAccount(ADMIN_USER_ID, new AccountService.NewAccount("admin@mentra.local", PASSWORD,
                    "Ada Admin", "UTC", Set.of(User.MENTEE, User.ADMIN))));

    private final UserRepository users;
    private final AccountService accounts;

    public DemoAccounts(UserRepository users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    void create(@Observes StartupEvent startup, IdentityConfig config) throws Throwable {
        if (config.demoAccounts() && config.mode() == IdentityConfig.Mode.LOCAL) {
            VertxContextSupport.subscribeAndAwait(this::createMissing);
        }
    }

    /**
     * Creates the demo accounts that do not exist yet: neither their id was ever used nor their email is taken
     * (an earlier run's accounts keep the ids they had).
     */
    public Uni<Void> createMissing() {
        return Multi.createFrom().iterable(ACCOUNTS)
                .onItem().transformToUniAndConcatenate(demo -> Panache.withSession(() ->
                                users.findById(demo.userId()).flatMap(byId -> byId != null ? Uni.createFrom().item(byId)
                                        : users.findLiveByEmail(demo.account().email())))
                        .flatMap(existing -> existing != null ? Uni.createFrom().voidItem()
                                : accounts.createAccount(demo.account(), demo.userId())
                                .invoke(u -> LOG.infof("Demo account %s created", u.email))
                                .replaceWithVoid()))
                .collect().last().replaceWithVoid();
    }
}
