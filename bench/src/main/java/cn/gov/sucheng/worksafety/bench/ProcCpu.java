package cn.gov.sucheng.worksafety.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time a process has used so far, from /proc/PID/stat (utime + stime, in clock ticks), in all and by the
 * kind of thread that spent it (/proc/PID/task/TID/stat, grouped by thread name).
 */
final class ProcCpu {

    /** What a JVM thread does, told by its name. */
    enum Group {
        /**
         * Reactor Netty's event loops (and Reactor's schedulers): the threads that carry a request; in the nginx
         * yardstick, its one process.
         */
        REQUEST_PATH,
        /** C1 and C2 compiler threads. */
        JIT,
        /** Collector threads, and the VM thread, which runs the serial collector and every safepoint. */
        GC_AND_VM,
        /** Everything else: Nacos, the load balancer's refresh, schedulers, Tomcat's threads in a service. */
        OTHER;

        static Group of(String threadName) {
            if (threadName.startsWith("reactor-http") || threadName.startsWith("parallel-")
                    || threadName.startsWith("boundedElastic") || threadName.equals("nginx")) {
                return REQUEST_PATH;
            }
            if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
                return JIT;
            }
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
                return GC_AND_VM;
            }
            return OTHER;
        }
    }

    private final long pid;
    private final long ticksPerSecond;

    ProcCpu(long pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    static ProcCpu fromPidFile(String pidFile, long ticksPerSecond) {
        if (pidFile == null || pidFile.isBlank()) {
            return null;
        }
        try {
            long pid = Long.parseLong(Files.readString(Path.of(pidFile)).trim());
            ProcCpu cpu = new ProcCpu(pid, ticksPerSecond);
            cpu.ticks();
            return cpu;
        } catch (IOException | RuntimeException e) {
            System.err.println("no CPU figures for " + pidFile + ": " + e);
            return null;
        }
    }

    long pid() {
        return pid;
    }

    String command() {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/comm")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** utime + stime in clock ticks. */
    long ticks() {
        try {
            return statTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
        }
    }

    /**
     * utime + stime of the live threads, summed by {@link Group}. A thread that ended between two readings
     * takes its ticks with it: over a measurement of seconds that is the odd compiler thread, no more.
     */
    Map<Group, Long> ticksByGroup() {
        Map<Group, Long> sums = new EnumMap<>(Group.class);
        for (Group g : Group.values()) {
            sums.put(g, 0L);
        }
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    sums.merge(Group.of(name), statTicks(stat), Long::sum);
                } catch (IOException e) {
                    // the thread ended while we listed them
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc/" + pid + "/task", e);
        }
        return sums;
    }

    private static long statTicks(String stat) {
        // The command may contain spaces and parentheses: fields start after the last ')'.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state); utime is field 14, stime field 15.
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    double ticksToMicros(long ticks) {
        return ticks * 1e6 / ticksPerSecond;
    }
}
