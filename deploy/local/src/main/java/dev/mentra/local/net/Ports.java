package dev.mentra.local.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Port look-ups for tests and the launcher: nothing here assumes a fixed port is free. */
public final class Ports {

    private Ports() {
    }

    /** A port nobody listens on right now, chosen by the operating system. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /**
     * A free port below the kernel's ephemeral range, for a server a test stops and starts again on the same port.
     * A port from {@link #free()} lies inside that range, so while its server is down an outgoing connection may be
     * given it as its local port, and binding it again fails; a port below the range is never handed out that way.
     */
    public static int freeToRebind() {
        int below = ephemeralRangeStart();
        if (below <= REBIND_FLOOR + 1_000) {
            return free(); // an unusual kernel setting leaves no room below the range
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(REBIND_FLOOR, below);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + REBIND_FLOOR + " and " + below);
    }

    static final int REBIND_FLOOR = 20_000;

    /** The first port Linux hands to outgoing connections; the IANA range's start elsewhere. */
    static int ephemeralRangeStart() {
        try {
            // read line by line: Files.readString trusts /proc's reported size and returns one character
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 49_152;
        }
    }

    /** Whether something can bind {@code port} on every interface, as the services do. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
