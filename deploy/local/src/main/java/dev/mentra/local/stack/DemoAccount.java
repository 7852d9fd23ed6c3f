package dev.mentra.local.stack;

/**
 * The local run's demo accounts, which identity-service creates when {@code MENTRA_DEMO_ACCOUNTS} is on (the
 * launcher's default): one definition for the launcher's welcome text and every test that signs in as them.
 *
 * <p>identity-service's seeding ({@code DemoAccounts}) and mentor-service's demo mentor ({@code UserEventsConsumer})
 * are production code and cannot depend on this module; their copies are pinned to these values by their tests
 * ({@code DemoAccountsTest}, {@code MentorJourneyTest}). The browser journeys (TypeScript, {@code e2e/support.ts})
 * keep a copy of their own.
 */
public enum DemoAccount {
    MENTEE("mentee@mentra.local", "user_mentraDemoMentee", "a mentee"),
    /** mentor-service gives this account (known by its user id, never by its email) a profile in the catalog. */
    MENTOR("mentor@mentra.local", "user_mentraDemoMentor", "a human mentor (with a profile in the catalog)"),
    ADMIN("admin@mentra.local", "user_mentraDemoAdmin", "an admin");

    /** Every demo account's password. */
    public static final String PASSWORD = "mentra-demo-password";

    private final String email;
    private final String userId;
    private final String role;

    DemoAccount(String email, String userId, String role) {
        this.email = email;
        this.userId = userId;
        this.role = role;
    }

    public String email() {
        return email;
    }

    /** The fixed user id identity-service gives it (the token's {@code sub}). */
    public String userId() {
        return userId;
    }

    /** What the account is, as the welcome text says it. */
    public String role() {
        return role;
    }
}
