package dev.mentra.bench.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mentra.local.stack.DemoAccount;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts benchmarks act as: mentees, and mentors with the mentor role and a profile in the catalog, all
 * made through the gateway's public API as people make them (sign-up; for a mentor also an application that the
 * demo admin approves). bcrypt makes sign-up slow by design, so the population is saved in the bench data
 * directory with each account's session cookie and reused by later runs; {@link #tokens} renews tokens
 * cheaply from the cookies.
 *
 * <p>Calls come from {@link SourceAddresses}: account {@code i} from address {@code i mod addresses}, so the
 * gateway's per-address bucket for anonymous calls (300/min, burst 50) and identity's sign-in throttle see
 * many modest clients. Nothing about the limits is changed.
 */
public final class Population {

    /** Every bench account's password: local test accounts, nothing to protect. */
    static final String PASSWORD = "mentra-bench-password";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String COOKIE = "mentra_session";

    private final Http http;
    private final String gateway;
    private final Path file;
    private final int addresses;
    private final int parallelism;
    private final PrintStream out;
    private final List<Account> mentees = new ArrayList<>();
    private final List<Account> mentors = new ArrayList<>();
    private final AtomicInteger renewalRetries = new AtomicInteger();

    private Population(Http http, String gateway, Path file, int addresses, int parallelism, PrintStream out) {
        this.http = http;
        this.gateway = gateway;
        this.file = file;
        this.addresses = addresses;
        this.parallelism = parallelism;
        this.out = out;
    }

    /**
     * Loads the saved population (if its sessions still renew) and creates what is missing to reach the sizes.
     *
     * @param addresses   how many source addresses the accounts are spread over
     * @param parallelism how many sign-ups are in flight at once (bcrypt takes a core each)
     */
    public static Population ensure(Http http, String gatewayUrl, Path file, int mentees, int mentors, int addresses,
                                    int parallelism, PrintStream out) throws Exception {
        Population population = new Population(http, gatewayUrl, file, addresses, parallelism, out);
        population.load();
        population.grow(mentees, mentors);
        return population;
    }

    public List<Account> mentees() {
        return List.copyOf(mentees);
    }

    public List<Account> mentors() {
        return List.copyOf(mentors);
    }

    /** A fresh token for each account, in order (tokens live 2 minutes: take them just before they are used). */
    public List<String> tokens(List<Account> accounts) throws Exception {
        Progress progress = accounts.size() >= 500 ? new Progress(out, "renewing tokens", accounts.size()) : null;
        return inParallel(accounts.stream().<Callable<String>>map(a -> () -> {
            String token = renew(a);
            if (progress != null) {
                progress.step();
            }
            return token;
        }).toList(), Math.max(parallelism, 16));
    }

    /** A fresh token for one account. */
    public String token(Account account) {
        return renew(account);
    }

    /** The demo admin's token (approves mentors; admin views). */
    public String adminToken() {
        Http.Response signedIn = http.call(Http.Request.post(gateway + "/api/auth/sign-in",
                Json.write(Map.of("email", DemoAccount.ADMIN.email(), "password", DemoAccount.PASSWORD)))
                .from(SourceAddresses.address(0)));
        if (!signedIn.ok()) {
            throw new IllegalStateException("The demo admin could not sign in: " + signedIn);
        }
        return Json.read(signedIn.body()).path("token").asText();
    }

    /**
     * Renews from the session cookie. A 503 or 429 is retried a few times after its {@code Retry-After}, as the
     * web client does; each retry is counted in {@link #renewalRetries}.
     */
    private String renew(Account account) {
        for (int attempt = 1; ; attempt++) {
            Http.Response renewed = http.call(Http.Request.post(gateway + "/api/auth/token", null)
                    .header("Cookie", COOKIE + "=" + account.sessionCookie()).from(account.address()));
            if (renewed.ok()) {
                return Json.read(renewed.body()).path("token").asText();
            }
            if ((renewed.status() != 503 && renewed.status() != 429) || attempt == 3) {
                throw new IllegalStateException("Token renewal for " + account.email() + " answered " + renewed);
            }
            renewalRetries.incrementAndGet();
            out.println("  renewal for " + account.email() + " answered " + renewed.status() + ", retrying");
            sleep(retryAfter(renewed));
        }
    }

    /** Renewals that had to be retried (503 or 429): a figure worth reporting where it is not zero. */
    public int renewalRetries() {
        return renewalRetries.get();
    }

    private static Duration retryAfter(Http.Response answer) {
        try {
            return Duration.ofSeconds(Math.min(5, Long.parseLong(answer.headers().get("Retry-After"))));
        } catch (NumberFormatException | NullPointerException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode saved = JSON.readTree(file.toFile());
        List<Account> savedMentees = JSON.convertValue(saved.path("mentees"),
                JSON.getTypeFactory().constructCollectionType(List.class, Account.class));
        List<Account> savedMentors = JSON.convertValue(saved.path("mentors"),
                JSON.getTypeFactory().constructCollectionType(List.class, Account.class));
        List<Account> any = savedMentees.isEmpty() ? savedMentors : savedMentees;
        if (!any.isEmpty()) {
            try {
                renew(any.get(0));
            } catch (IllegalStateException e) {
                out.println("The saved population no longer signs in (" + e.getMessage() + "): making a new one");
                return;
            }
        }
        mentees.addAll(savedMentees);
        mentors.addAll(savedMentors);
        out.printf("Population: %d mentees and %d mentors reused from %s%n", mentees.size(), mentors.size(), file);
    }

    private void grow(int menteeCount, int mentorCount) throws Exception {
        if (mentees.size() < menteeCount) {
            create("signing up mentees", mentees, menteeCount, index -> signUp("mentee", index));
        }
        if (mentors.size() < mentorCount) {
            String admin = adminToken();
            create("making mentors", mentors, mentorCount, index -> makeMentor(signUp("mentor", index), admin));
        }
    }

    private interface Maker {
        Account make(int index) throws Exception;
    }

    /** Makes accounts up to {@code count}, saving every hundred so an interrupted run keeps what it made. */
    private void create(String what, List<Account> into, int count, Maker maker) throws Exception {
        int from = into.size();
        Progress progress = new Progress(out, what, count - from);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = from; i < count; i++) {
            int index = i;
            tasks.add(() -> {
                Account account = maker.make(index);
                synchronized (this) {
                    into.add(account);
                    if (into.size() % 100 == 0) {
                        save();
                    }
                }
                progress.step();
                return null;
            });
        }
        try {
            inParallel(tasks, parallelism);
        } finally {
            save();
        }
    }

    /** Signs up (or, when an earlier run made the account but lost the file, signs in). */
    private Account signUp(String kind, int index) {
        String email = "bench-" + kind + "-" + index + "@bench.mentra.local";
        // mentors after mentees on the address ring, so the two kinds do not share the first addresses
        String address = SourceAddresses.address(1 + Math.floorMod(index + (kind.equals("mentor") ? 7919 : 0),
                addresses));
        Http.Response answer = http.call(Http.Request.post(gateway + "/api/auth/sign-up", Json.write(Map.of(
                "email", email, "password", PASSWORD, "name", "Bench " + kind + " " + index,
                "timeZone", "Europe/Lisbon"))).from(address));
        if (answer.status() == 409) {
            answer = http.call(Http.Request.post(gateway + "/api/auth/sign-in",
                    Json.write(Map.of("email", email, "password", PASSWORD))).from(address));
        }
        if (!answer.ok() || answer.cookie(COOKIE) == null) {
            throw new IllegalStateException("Could not sign up " + email + ": " + answer);
        }
        return new Account(email, Json.read(answer.body()).path("user").path("id").asText(), answer.cookie(COOKIE),
                address, null);
    }

    /**
     * Applies to mentor and has the admin approve; the mentor role reaches identity through {@code mentors.v1},
     * so this waits until a renewed token carries it.
     */
    private Account makeMentor(Account account, String adminToken) throws InterruptedException {
        String token = renew(account);
        Http.Response own = http.call(Http.Request.get(gateway + "/api/mentors/me").bearer(token).from(account.address()));
        String mentorId;
        if (own.ok()) {
            mentorId = Json.read(own.body()).path("id").asText();
        } else {
            Http.Response applied = http.call(Http.Request.post(gateway + "/api/mentors/applications", Json.write(Map.of(
                    "headline", "Benchmark mentor for load tests",
                    "bio", "A mentor account the benchmark suite created to publish availability and take bookings.",
                    "expertise", List.of("benchmarks"), "languages", List.of("en"), "timeZone", "Europe/Lisbon",
                    "sessionMinutes", 30))).bearer(token).from(account.address()));
            if (!applied.ok()) {
                throw new IllegalStateException(account.email() + " could not apply to mentor: " + applied);
            }
            String applicationId = Json.read(applied.body()).path("id").asText();
            Http.Response approved = http.call(Http.Request.post(
                    gateway + "/api/mentors/applications/" + applicationId + "/approve", "{}")
                    .bearer(adminToken).from(SourceAddresses.address(0)));
            if (!approved.ok()) {
                throw new IllegalStateException("The admin could not approve " + account.email() + ": " + approved);
            }
            mentorId = Json.read(approved.body()).path("id").asText();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Http.Response renewed = http.call(Http.Request.post(gateway + "/api/auth/token", null)
                    .header("Cookie", COOKIE + "=" + account.sessionCookie()).from(account.address()));
            for (JsonNode role : Json.read(renewed.body()).path("user").path("roles")) {
                if (role.asText().equals("mentor")) {
                    return account.asMentor(mentorId);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(account.email() + " was approved but had no mentor role after 60 s");
            }
            Thread.sleep(250);
        }
    }

    private synchronized void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        JSON.writeValue(partial.toFile(), Map.of("mentees", mentees, "mentors", mentors));
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.printf("Population saved: %d mentees, %d mentors (%s)%n", mentees.size(), mentors.size(), file);
    }

    /** Runs blocking calls with at most {@code parallelism} at once; the results in the order of the tasks. */
    static <T> List<T> inParallel(List<Callable<T>> tasks, int parallelism) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, tasks.size())));
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
