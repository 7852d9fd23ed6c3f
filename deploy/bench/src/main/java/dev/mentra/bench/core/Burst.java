package dev.mentra.bench.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Sends a list of requests with at most {@code inFlight} outstanding (all of them at once for a race) and times
 * each from its send to its whole answer.
 */
public final class Burst {

    private Burst() {
    }

    /**
     * What came back.
     *
     * @param answers   each request's answer in the order of the requests (null where it failed without one)
     * @param latencies of the requests that got an answer
     * @param failures requests that got no answer at all (connection refused, reset, timeout)
     */
    public record Outcome(List<Http.Response> answers, Latencies latencies, int failures, double seconds) {

        /** How many answers had each status. */
        public Map<Integer, Integer> statuses() {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Http.Response answer : answers) {
                if (answer != null) {
                    counts.merge(answer.status(), 1, Integer::sum);
                }
            }
            return counts;
        }

        public long count(int status) {
            return answers.stream().filter(a -> a != null && a.status() == status).count();
        }

        public long successes() {
            return answers.stream().filter(a -> a != null && a.ok()).count();
        }

        public double perSecond() {
            return seconds == 0 ? Double.NaN : answers.size() / seconds;
        }
    }

    public static Outcome run(Http http, List<Http.Request> requests, int inFlight) throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        Latencies latencies = new Latencies();
        List<Http.Response> answers = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(requests.size(),
                (Http.Response) null)));
        List<CompletableFuture<?>> pending = new ArrayList<>(requests.size());
        int[] failures = new int[1];
        long begin = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            permits.acquire();
            int index = i;
            long sent = System.nanoTime();
            pending.add(http.send(requests.get(i)).whenComplete((answer, failure) -> {
                if (failure == null) {
                    latencies.recordSince(sent);
                    answers.set(index, answer);
                } else {
                    synchronized (failures) {
                        failures[0]++;
                    }
                }
                permits.release();
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(t -> null).join();
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Outcome(Collections.unmodifiableList(new ArrayList<>(answers)), latencies, failures[0], seconds);
    }
}
