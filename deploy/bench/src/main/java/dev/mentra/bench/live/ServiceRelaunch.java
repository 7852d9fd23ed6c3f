package dev.mentra.bench.live;

import dev.mentra.bench.core.BenchStack;
import dev.mentra.bench.core.Http;
import dev.mentra.local.stack.StackApp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service of the stack started again with a setting the launcher does not give it (mentor-service with
 * {@code MENTRA_LLM_BASE_URL}): the launcher's process is stopped, the same command runs with the same environment
 * plus the extra variables on the same port, and {@link #close} puts the launcher's own back.
 */
public final class ServiceRelaunch implements AutoCloseable {

    private final BenchStack stack;
    private final StackApp app;
    private final ChildJvm child;

    private ServiceRelaunch(BenchStack stack, StackApp app, ChildJvm child) {
        this.stack = stack;
        this.app = app;
        this.child = child;
    }

    public static ServiceRelaunch with(BenchStack stack, StackApp app, Map<String, String> extra, Http http,
                                       Path logDir) throws IOException, InterruptedException {
        long pid = stack.pid(app).orElseThrow(() -> new IllegalStateException(app.module() + " is not running"));
        ProcessEnvironment launched = ProcessEnvironment.of(pid);
        Map<String, String> environment = new LinkedHashMap<>(launched.environment());
        environment.putAll(extra);
        stack.launcher().stopApp(app);
        ChildJvm child = ChildJvm.start(app.module() + "-relaunched", logDir, launched.command(), environment);
        ServiceRelaunch relaunch = new ServiceRelaunch(stack, app, child);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            if (!child.isAlive()) {
                relaunch.close();
                throw new IllegalStateException(app.module() + " did not start again; see " + logDir);
            }
            try {
                if (http.call(Http.Request.get(stack.url(app) + "/q/health/ready")).status() == 200) {
                    return relaunch;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                relaunch.close();
                throw new IllegalStateException(app.module() + " was not ready again within 3 minutes");
            }
            Thread.sleep(500);
        }
    }

    /** Stops the relaunched process and starts the launcher's own again. */
    @Override
    public void close() {
        child.close();
        try {
            stack.launcher().startApp(app);
        } catch (IOException e) {
            throw new IllegalStateException(app.module() + " could not be started again: " + e.getMessage(), e);
        }
    }
}
