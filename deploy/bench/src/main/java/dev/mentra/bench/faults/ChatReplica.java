package dev.mentra.bench.faults;

import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Http;
import dev.mentra.bench.live.ChildJvm;
import dev.mentra.bench.live.ProcessEnvironment;
import dev.mentra.bench.live.SocketTarget;
import dev.mentra.local.net.Ports;
import dev.mentra.local.stack.StackApp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second chat-service replica: the launcher's command and environment (same jar, database, broker and service
 * credential), on a port of its own and with an instance id of its own ({@code CHAT_INSTANCE_ID}: its own fan-out
 * consumer group, as a second pod would have). The gateway knows one chat URL only, so clients reach this replica
 * directly. {@link #kill} ends it with SIGKILL: no shutdown hook, no goodbye to its sockets.
 */
final class ChatReplica implements AutoCloseable {

    private final ChildJvm process;
    private final int port;

    private ChatReplica(ChildJvm process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChatReplica start(BenchStack stack, String instanceId, Path logDir, Http http)
            throws IOException, InterruptedException {
        long pid = stack.pid(StackApp.CHAT).orElseThrow(() -> new IllegalStateException("chat-service is not running"));
        ProcessEnvironment launched = ProcessEnvironment.of(pid);
        Map<String, String> environment = new LinkedHashMap<>(launched.environment());
        int port = Ports.free();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("CHAT_INSTANCE_ID", instanceId);
        ChatReplica replica = new ChatReplica(ChildJvm.start("chat-service-" + instanceId, logDir, launched.command(),
                environment), port);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            if (!replica.process.isAlive()) {
                throw new IllegalStateException("The second chat-service ended before it was ready; see " + logDir);
            }
            try {
                if (http.call(Http.Request.get(replica.url() + "/q/health/ready")).status() == 200) {
                    return replica;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                replica.close();
                throw new IllegalStateException("The second chat-service was not ready within 3 minutes; see " + logDir);
            }
            Thread.sleep(500);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    SocketTarget target() {
        return new SocketTarget("chat-service replica 2", "localhost", port);
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        ProcessHandle.of(process.pid()).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).join();
        });
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.close();
    }
}
