package dev.mentra.bench.core;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints how far a long step is, at most every few seconds, so a person watching knows it moves. */
public final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String what;
    private final int total;
    private final long begin = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastPrinted = begin;

    public Progress(PrintStream out, String what, int total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    public void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (n == total || now - lastPrinted > EVERY_NANOS) {
            lastPrinted = now;
            double seconds = (now - begin) / 1e9;
            out.printf(Locale.ROOT, "  %s: %d/%d (%.1f/s, %.0f s)%n", what, n, total, n / seconds, seconds);
        }
    }
}
