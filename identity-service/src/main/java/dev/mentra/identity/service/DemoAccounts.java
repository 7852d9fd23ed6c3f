package dev.mentra.identity.service;

import dev.mentra.identity.User;
import dev.mentra.identity.config.IdentityConfig;
import dev.mentra.identity.repository.UserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;

/**
 * The local run's demo accounts (a mentee, a mentor, an admin), created once when
 * {@code mentra.identity.demo-accounts} is on. The launcher prints them; never enable this in production.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "mentra-demo-password";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private static final List<AccountService.NewAccount> ACCOUNTS = List.of(
            new AccountService.NewAccount("mentee@mentra.local", PASSWORD, "Maya Mentee", "Europe/Lisbon",
                    Set.of(User.MENTEE)),
            new AccountService.NewAccount("mentor@mentra.local", PASSWORD, "Oscar Mentor", "America/New_York",
                    Set.of(User.MENTEE, User.MENTOR)),
            new AccountService.NewAccount("admin@mentra.local", PASSWORD, "Ada Admin", "UTC",
                    Set.of(User.MENTEE, User.ADMIN)));

    void create(@Observes StartupEvent startup, IdentityConfig config, UserRepository users, AccountService accounts)
            throws Throwable {
        if (!config.demoAccounts() || config.mode() != IdentityConfig.Mode.LOCAL) {
            return;
        }
        for (AccountService.NewAccount account : ACCOUNTS) {
            boolean exists = VertxContextSupport.subscribeAndAwait(() ->
                    Panache.withSession(() -> users.findLiveByEmail(account.email())).map(u -> u != null));
            if (!exists) {
                VertxContextSupport.subscribeAndAwait(() -> accounts.createAccount(account));
                LOG.infof("Demo account %s created", account.email());
            }
        }
    }

}
