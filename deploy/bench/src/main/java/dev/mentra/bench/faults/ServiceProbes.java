package dev.mentra.bench.faults;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.Http;
import dev.mentra.local.stack.StackApp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Steady requests to each service while a fault happens: a read of the service's own database through the gateway
 * as a signed-in person makes it, and the service's own {@code /q/health/ready}, each every {@code interval}. For
 * each probe it remembers its last failure, so "requests succeed again" is the first success after the last failure.
 */
final class ServiceProbes implements AutoCloseable {

    /** One probe: a request made again and again, and how it went. */
    static final class Probe {
        final String what;
        final Supplier<Http.Request> request;
        final AtomicLong tried = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        volatile long lastFailureNanos;
        /** The first success after a failure. */
        volatile long recoveredNanos;
        volatile String lastFailure;

        Probe(String what, Supplier<Http.Request> request) {
            this.what = what;
            this.request = request;
        }

        /**
         * From {@code sinceNanos} until the first success after the last failure (0 if that came before); empty while
         * the probe still fails.
         */
        Optional<Long> recoveredAfter(long sinceNanos) {
            if (lastFailureNanos == 0) {
                return Optional.of(0L);
            }
            return recoveredNanos > lastFailureNanos ? Optional.of(Math.max(0, recoveredNanos - sinceNanos))
                    : Optional.empty();
        }
    }

    private final Http http;
    private final List<Probe> probes = new ArrayList<>();
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "service-probe");
        t.setDaemon(true);
        return t;
    });

    ServiceProbes(Http http) {
        this.http = http;
    }

    /**
     * A probe per service through the gateway (identity {@code GET /api/me}, mentor {@code GET /api/mentors},
     * booking {@code GET /api/bookings}, chat {@code GET /api/conversations}) as {@code person}, and each service's
     * readiness.
     */
    static ServiceProbes ofStack(Http http, String gateway, Map<StackApp, String> serviceUrls, Account person,
                                 FreshTokens tokens) {
        ServiceProbes probes = new ServiceProbes(http);
        Map<StackApp, String> reads = new LinkedHashMap<>();
        reads.put(StackApp.IDENTITY, "/api/me");
        reads.put(StackApp.MENTOR, "/api/mentors?size=5");
        reads.put(StackApp.BOOKING, "/api/bookings?size=1");
        reads.put(StackApp.CHAT, "/api/conversations");
        reads.forEach((app, path) -> probes.add("requests: " + app.module() + " GET " + path,
                () -> Http.Request.get(gateway + path).bearer(tokens.of(person)).from(person.address())));
        serviceUrls.forEach((app, url) -> probes.add("ready: " + app.module(),
                () -> Http.Request.get(url + "/q/health/ready")));
        return probes;
    }

    private void add(String what, Supplier<Http.Request> request) {
        probes.add(new Probe(what, request));
    }

    void start(long intervalMillis) {
        for (Probe probe : probes) {
            pool.scheduleWithFixedDelay(() -> call(probe), 0, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void call(Probe probe) {
        probe.tried.incrementAndGet();
        long now;
        String failure;
        try {
            Http.Response answer = http.send(probe.request.get()).get(5, TimeUnit.SECONDS);
            now = System.nanoTime();
            if (answer.ok()) {
                if (probe.recoveredNanos < probe.lastFailureNanos) {
                    probe.recoveredNanos = now;
                }
                return;
            }
            failure = answer.toString();
        } catch (Exception e) {
            now = System.nanoTime();
            failure = e.toString();
        }
        probe.failed.incrementAndGet();
        probe.lastFailureNanos = now;
        String oneLine = failure.replaceAll("\\s+", " ");
        probe.lastFailure = oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    List<Probe> probes() {
        return List.copyOf(probes);
    }

    /** Every probe has succeeded since its last failure. */
    boolean allRecovered(long sinceNanos) {
        return probes.stream().allMatch(p -> p.recoveredAfter(sinceNanos).isPresent());
    }

    long tried() {
        return probes.stream().mapToLong(p -> p.tried.get()).sum();
    }

    long failed() {
        return probes.stream().mapToLong(p -> p.failed.get()).sum();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
