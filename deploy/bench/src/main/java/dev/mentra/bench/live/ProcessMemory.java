package dev.mentra.bench.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** What a process holds, from {@code /proc/<pid>/status} (Linux): resident memory and open file descriptors. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Resident set size in MiB, empty when the process is gone. */
    public static OptionalLong rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return OptionalLong.of(kib / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone or unreadable: nothing to report
        }
        return OptionalLong.empty();
    }

    /** Open file descriptors (sockets included), -1 when unknown. */
    public static long openFiles(long pid) {
        String[] fds = Path.of("/proc", Long.toString(pid), "fd").toFile().list();
        return fds == null ? -1 : fds.length;
    }

    /** The soft limit of open files of this process (children inherit it), -1 when unknown. */
    public static long openFileLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    return Long.parseLong(line.substring("Max open files".length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }
}
