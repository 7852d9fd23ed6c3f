package dev.mentra.platform.startup;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Production never runs on PostgreSQL's default password: in the prod profile a service whose datasource password
 * is {@code postgres} (what {@code DB_PASSWORD} falls back to in every service's configuration) refuses to start,
 * naming the variable to set. Services without a datasource (the gateway) are not concerned.
 */
@ApplicationScoped
public class DatabasePasswordCheck {

    static final String DEFAULT_PASSWORD = "postgres";

    void refuseDefault(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup) {
        refusal(ConfigUtils.isProfileActive("prod"),
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class))
                .ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
    }

    /** Why a service with this database password must not start, if it must not. */
    static Optional<String> refusal(boolean prod, Optional<String> password) {
        if (prod && password.map(DEFAULT_PASSWORD::equals).orElse(false)) {
            return Optional.of("Refusing to start: the database password is PostgreSQL's default (\"postgres\"). "
                    + "Set DB_PASSWORD to the password of the service's database user (DB_USER), and give that user "
                    + "a password of its own if it still has the default.");
        }
        return Optional.empty();
    }
}
