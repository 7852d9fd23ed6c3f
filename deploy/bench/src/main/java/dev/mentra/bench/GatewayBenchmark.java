package dev.mentra.bench;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.Figure;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.core.Target;
import dev.mentra.bench.core.Wrk;
import dev.mentra.local.stack.StackApp;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Authenticated {@code GET /api/me} under wrk ({@code -t2 -c32}), three legs in one run: identity-service called
 * directly, nginx {@code proxy_pass} in front of it (the baseline a proxy costs), and the gateway (full token
 * verification, rate limits, routing). The gateway's per-user limit must not be what is measured, so wrk rotates
 * over enough users' tokens that none exceeds its allowance during the leg.
 */
final class GatewayBenchmark implements Benchmark {

    /** The gateway's per-user bucket (README: 600 a minute, burst 100). */
    static final int PER_USER_PER_MINUTE = 600;
    static final int PER_USER_BURST = 100;
    private static final String PATH = "/api/me";

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String description() {
        return "GET /api/me with wrk: gateway vs nginx proxy_pass vs identity directly";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        Wrk.executable();
        int threads = context.options().integer("bench.gateway.threads", 2);
        int connections = context.options().integer("bench.gateway.connections", 32);
        Duration leg = context.options().duration("bench.gateway.leg", Duration.ofSeconds(20));
        Duration warmup = context.options().duration("bench.gateway.warmup", Duration.ofSeconds(5));
        BenchStack stack = context.stack();
        Population population = context.population();
        List<Account> mentees = population.mentees();
        Path work = context.workDir(name());
        String identity = stack.url(StackApp.IDENTITY);

        // identity directly first: no leg can go faster than the service behind it, which sizes the user count;
        // a longer warm-up before it, so that the first leg does not pay for the JIT of identity-service alone
        List<Account> firstUsers = mentees.subList(0, Math.min(mentees.size(), 200));
        Files.write(tokensFile(context, "jit"), population.tokens(firstUsers));
        Wrk.run(identity + PATH, threads, connections, warmup.multipliedBy(2),
                rotatingTokens(tokensFile(context, "jit"), threads), work, "jit-warmup");
        Wrk.Result direct = leg(context, population, firstUsers, identity, threads, connections, warmup, leg, "direct");
        Wrk.Result nginx;
        try (NginxProxy proxy = NginxProxy.start(hostPort(identity), work.resolve("nginx"))) {
            nginx = leg(context, population, firstUsers, proxy.url(), threads, connections, warmup, leg, "nginx");
        }
        int needed = usersNeeded(Math.max(direct.perSecond(), nginx.perSecond()) * 1.25, warmup.plus(leg));
        List<Account> gatewayUsers = mentees.subList(0, Math.min(mentees.size(), needed));
        Wrk.Result gateway = leg(context, population, gatewayUsers, stack.gatewayUrl(), threads, connections, warmup,
                leg, "gateway");

        var measuredGateway = gateway.stats("GET /api/me through the gateway");
        var measuredNginx = nginx.stats("GET /api/me through nginx proxy_pass");
        var measuredDirect = direct.stats("GET /api/me on identity-service directly");
        BenchResult.Builder result = BenchResult.builder(name())
                .size("wrk", "-t" + threads + " -c" + connections + " -d" + leg.toSeconds() + "s (after a "
                        + warmup.toSeconds() + " s warm-up per leg)")
                .size("users rotated through the gateway", gatewayUsers.size())
                .size("users needed", needed)
                .figure(Figure.against(measuredGateway, measuredNginx))
                .figure(Figure.against(measuredGateway, measuredDirect))
                .figure(Figure.against(measuredNginx, measuredDirect))
                .target(Target.atLeast("gateway / nginx throughput", gateway.perSecond() / nginx.perSecond(), "×",
                        0.8))
                .target(Target.atMost("gateway p50 − direct p50", gateway.latency().p50() - direct.latency().p50(),
                        "ms", 1))
                .target(Target.exactly("gateway error answers (401, 429, 5xx) and socket errors",
                        gateway.errorStatuses() + gateway.socketErrors(), "", 0))
                .note("Per-user limit " + PER_USER_PER_MINUTE + "/min with a burst of " + PER_USER_BURST + ": over "
                        + (warmup.plus(leg).toSeconds()) + " s (warm-up and leg) a user may send "
                        + allowance(warmup.plus(leg)) + " requests; at up to 1.25 × the fastest baseline ("
                        + Math.round(Math.max(direct.perSecond(), nginx.perSecond())) + "/s) that takes " + needed
                        + " users")
                .note("wrk, the stack, PostgreSQL and Kafka share the machine's cores: throughput is the machine's, "
                        + "compare legs of the same run only");
        if (population.renewalRetries() > 0) {
            result.note(population.renewalRetries() + " token renewals through the gateway were answered 503 or 429 "
                    + "and retried (see the gateway's log)");
        }
        if (gatewayUsers.size() < needed) {
            result.note("The population has only " + mentees.size() + " mentees, fewer than the " + needed
                    + " needed: the gateway may have answered 429 (see errors); run with -Dbench.mentees=" + needed);
        }
        context.report(result.build());
    }

    /** Requests one user may send in {@code duration} without a 429: the burst plus the refill. */
    static long allowance(Duration duration) {
        return PER_USER_BURST + (long) Math.floor(PER_USER_PER_MINUTE * duration.toMillis() / 60_000.0);
    }

    /** Users a rotation needs so that none of them exceeds its allowance at {@code perSecond} for {@code duration}. */
    static int usersNeeded(double perSecond, Duration duration) {
        double requests = perSecond * duration.toMillis() / 1000.0;
        return (int) Math.max(1, Math.ceil(requests / allowance(duration)));
    }

    /** A warm-up then the measured leg, each with freshly renewed tokens (they live two minutes). */
    private static Wrk.Result leg(BenchContext context, Population population, List<Account> users, String baseUrl,
                                  int threads, int connections, Duration warmup, Duration leg, String label)
            throws Exception {
        context.out().printf("Leg %s: renewing %d tokens, %d s warm-up, %d s measured …%n", label, users.size(),
                warmup.toSeconds(), leg.toSeconds());
        Path work = context.workDir("gateway");
        Path tokens = tokensFile(context, label);
        Files.write(tokens, population.tokens(users));
        String script = rotatingTokens(tokens, threads);
        if (!warmup.isZero()) {
            Wrk.run(baseUrl + PATH, threads, connections, warmup, script, work, label + "-warmup");
            // the warm-up spent part of each user's allowance and of the tokens' life: renew for the leg
            Files.write(tokens, population.tokens(users));
        }
        Wrk.Result result = Wrk.run(baseUrl + PATH, threads, connections, leg, script, work, label);
        context.out().printf("  %s: %.0f/s, p50 %.2f ms, p99 %.2f ms, %d error answers, %d socket errors%n", label,
                result.perSecond(), result.latency().p50(), result.latency().p99(), result.errorStatuses(),
                result.socketErrors());
        return result;
    }

    /**
     * Lua for wrk: thread {@code k} of {@code n} walks the token list round-robin from {@code k/n} of the way
     * along, so every user gets the same share of requests and the threads do not send the same user's in step.
     */
    static String rotatingTokens(Path tokensFile, int threads) {
        return """
                local tokens = {}
                for line in io.lines("%s") do tokens[#tokens + 1] = line end
                local created = 0
                setup = function(thread)
                  thread:set("index", created)
                  created = created + 1
                end
                local i
                init = function(args)
                  i = math.floor((index or 0) * #tokens / %d)
                end
                request = function()
                  i = i + 1
                  if i > #tokens then i = 1 end
                  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
                end
                """.formatted(tokensFile.toAbsolutePath(), threads);
    }

    private static Path tokensFile(BenchContext context, String label) throws java.io.IOException {
        Path work = context.workDir("gateway");
        Files.createDirectories(work);
        return work.resolve(label + "-tokens.txt");
    }

    private static String hostPort(String url) {
        URI uri = URI.create(url);
        return "127.0.0.1:" + uri.getPort();
    }
}
