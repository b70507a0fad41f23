package cn.gov.sucheng.worksafety.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time a process has used so far, from /proc/PID/stat (utime + stime, in clock ticks). */
final class ProcCpu {

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
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // The command may contain spaces and parentheses: fields start after the last ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // f[0] is field 3 (state); utime is field 14, stime field 15.
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
        }
    }

    double ticksToMicros(long ticks) {
        return ticks * 1e6 / ticksPerSecond;
    }
}
