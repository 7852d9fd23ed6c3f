package dev.mentra.bench.live;

import dev.mentra.bench.core.Account;
import dev.mentra.bench.core.BenchContext;
import dev.mentra.bench.core.BenchResult;
import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Benchmark;
import dev.mentra.bench.core.Figure;
import dev.mentra.bench.core.Latencies;
import dev.mentra.bench.core.Population;
import dev.mentra.bench.core.Stats;
import dev.mentra.bench.core.Target;
import dev.mentra.local.net.Ports;
import dev.mentra.local.stack.StackApp;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ai}: the time to the first streamed word of an AI mentor's answer, asked in chat (the mentee's socket
 * through the gateway: {@code send} → the first {@code ai.delta}), against the engine's own (mentor-service's
 * internal streaming route called directly with chat-service's credential), question by question, alternating.
 * Twice: with the offline engine, and in LLM mode against {@link LlmStandIn} (fixed delays), for which
 * mentor-service is started again with {@code MENTRA_LLM_BASE_URL}. Also the offline engine's answers per second.
 */
public final class AiBenchmark implements Benchmark {

    private static final List<String> QUESTIONS = List.of(
            "How do I prepare for my first job interview as a developer?",
            "What should I learn next to grow into a senior engineer?",
            "How can I ask my manager for more responsibility?",
            "How do I give feedback to a colleague who misses deadlines?",
            "What is a good way to plan my career for the next two years?");

    @Override
    public String name() {
        return "ai";
    }

    @Override
    public String description() {
        return "first streamed word of an AI answer in chat vs the engine's own (offline and an LLM stand-in)";
    }

    @Override
    public void run(BenchContext context) throws Exception {
        int questions = context.options().integer("bench.ai.questions", 10);
        int concurrency = context.options().integer("bench.ai.concurrency", 4);
        Duration throughputFor = context.options().duration("bench.ai.throughput-duration", Duration.ofSeconds(10));
        Duration firstToken = context.options().duration("bench.llm.first-token", Duration.ofMillis(200));
        Duration betweenTokens = context.options().duration("bench.llm.between-tokens", Duration.ofMillis(20));
        int tokens = context.options().integer("bench.llm.tokens", 30);

        BenchStack stack = context.stack();
        Population population = context.population();
        Account mentee = population.mentees().get(0);
        MentraCalls calls = new MentraCalls(context.http(), stack.gatewayUrl());
        String aiMentor = calls.firstAiMentor();
        String credential = ProcessEnvironment.of(stack.pid(StackApp.CHAT).orElseThrow())
                .variable("MENTRA_CHAT_SERVICE_CREDENTIAL");
        LiveClients clients = context.closeAtEnd(new LiveClients(1, Duration.ofSeconds(30)));
        EngineStream engine = new EngineStream(clients.vertx(), stack.url(StackApp.MENTOR), credential);
        BenchResult.Builder result = BenchResult.builder(name()).size("questions per engine", questions)
                .size("AI mentor", aiMentor);

        context.out().printf("Offline engine: %d questions in chat and to the engine …%n", questions);
        Comparison offline = compare(context, "offline engine", population, mentee, calls, clients, engine, aiMentor,
                questions);
        double answersPerSecond = answersPerSecond(population, mentee, engine, aiMentor, concurrency, throughputFor);
        offline.report(result);
        result.figure(Figure.alone(Stats.of("offline engine answers (whole stream), " + concurrency + " at once",
                        dev.mentra.bench.core.LatencySummary.NONE, answersPerSecond, 0)))
                .size("offline answers per second", Math.round(answersPerSecond * 10) / 10.0)
                .size("offline throughput: concurrency / seconds", concurrency + " / " + throughputFor.toSeconds());

        LlmStandIn llm = new LlmStandIn(clients.vertx(), firstToken, betweenTokens, tokens);
        int llmPort = llm.listen(Ports.free()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        context.out().printf("Restarting mentor-service in LLM mode against the stand-in on port %d …%n", llmPort);
        try (ServiceRelaunch relaunched = ServiceRelaunch.with(stack, StackApp.MENTOR,
                Map.of("MENTRA_LLM_BASE_URL", "http://127.0.0.1:" + llmPort + "/v1"), context.http(),
                context.workDir(name()))) {
            Comparison withLlm = compare(context, "LLM stand-in", population, mentee, calls, clients, engine, aiMentor,
                    questions);
            withLlm.report(result);
            result.size("LLM stand-in", "first token after " + firstToken.toMillis() + " ms, then one every "
                    + betweenTokens.toMillis() + " ms, " + tokens + " tokens; requests served " + llm.requests());
        } finally {
            llm.close();
            engine.close();
        }
        result.note("Through chat: the mentee's socket (gateway) sends the question; first word = the first ai.delta "
                        + "with text on that socket. Engine: POST /internal/ai/mentors/{id}/replies on mentor-service "
                        + "with chat-service's credential and the mentee's token; first word = the first delta event "
                        + "with text. Questions alternate between the two, one at a time")
                .note("For the LLM leg mentor-service is stopped and started again with MENTRA_LLM_BASE_URL (same "
                        + "command, environment and port as the launcher's), then the launcher's own is restored");
        context.report(result.build());
    }

    /** First-word latencies of one engine mode, in chat and direct. */
    private record Comparison(String mode, Latencies inChat, Latencies direct, long chatFailures, long directFailures) {

        void report(BenchResult.Builder result) {
            Stats chat = Stats.of("first word in chat via gateway, " + mode, inChat.summary(), Double.NaN, chatFailures);
            Stats own = Stats.of("first word from the engine itself, " + mode, direct.summary(), Double.NaN,
                    directFailures);
            double added = chat.latency().p50() - own.latency().p50();
            result.figure(Figure.against(chat, own))
                    .size(mode + ": added p50 / p99 ms", round(added) + " / "
                            + round(chat.latency().p99() - own.latency().p99()))
                    .target(Target.atMost("first word added by gateway + chat (p50), " + mode, round(added), "ms", 50));
        }
    }

    private static Comparison compare(BenchContext context, String mode, Population population, Account mentee,
                                      MentraCalls calls, LiveClients clients, EngineStream engine, String aiMentor,
                                      int questions) throws Exception {
        String token = population.token(mentee);
        String conversation = calls.aiConversation(mentee, token, aiMentor);
        AtomicReference<CompletableFuture<Long>> firstWord = new AtomicReference<>();
        AtomicReference<CompletableFuture<Long>> answered = new AtomicReference<>();
        ChatListener listener = new ChatListener() {
            @Override
            public void aiDelta(ChatConnection socket, JsonObject frame, long receivedNanos) {
                if (conversation.equals(frame.getString("conversationId"))
                        && !frame.getString("text", "").isBlank()) {
                    firstWord.get().complete(receivedNanos);
                }
            }

            @Override
            public void message(ChatConnection socket, JsonObject frame, long receivedNanos) {
                JsonObject author = frame.getJsonObject("author");
                if (conversation.equals(frame.getString("conversationId")) && author != null
                        && !"USER".equals(author.getString("kind"))) {
                    answered.get().complete(receivedNanos);
                }
            }
        };
        ChatConnection socket = clients.open(SocketTarget.of("gateway", calls.gateway()), mentee.address(),
                mentee.userId(), token, listener);
        socket.ready().get(30, TimeUnit.SECONDS);
        Latencies inChat = new Latencies();
        Latencies direct = new Latencies();
        long chatFailures = 0;
        long directFailures = 0;
        try {
            for (int i = 0; i < questions; i++) {
                String question = QUESTIONS.get(i % QUESTIONS.size()) + " (" + (i + 1) + ")";
                EngineStream.Answer own = engine.ask(aiMentor, population.token(mentee), question)
                        .get(2, TimeUnit.MINUTES);
                if (own.ok()) {
                    direct.record(own.firstWordNanos() - own.askedNanos());
                } else {
                    directFailures++;
                    context.out().println("  engine: " + own.error());
                }
                firstWord.set(new CompletableFuture<>());
                answered.set(new CompletableFuture<>());
                long sent = System.nanoTime();
                socket.send(conversation, "ai-" + System.nanoTime(), question);
                try {
                    inChat.record(firstWord.get().get(2, TimeUnit.MINUTES) - sent);
                    answered.get().get(2, TimeUnit.MINUTES);
                } catch (java.util.concurrent.TimeoutException e) {
                    chatFailures++;
                    context.out().println("  chat: no answer within 2 minutes");
                }
            }
        } finally {
            socket.close();
        }
        context.out().printf("  %s: in chat %s; engine %s%n", mode, inChat.summary(), direct.summary());
        return new Comparison(mode, inChat, direct, chatFailures, directFailures);
    }

    /** Whole answers per second from the engine with {@code concurrency} questions in flight. */
    private static double answersPerSecond(Population population, Account mentee, EngineStream engine,
                                           String aiMentor, int concurrency, Duration duration) throws Exception {
        String token = population.token(mentee);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            workers.add(CompletableFuture.runAsync(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    String question = QUESTIONS.get((worker + i++) % QUESTIONS.size());
                    if (engine.ask(aiMentor, token, question).join().error() == null) {
                        done.incrementAndGet();
                    }
                }
            }));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(duration.toSeconds() + 120,
                TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - begin) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
