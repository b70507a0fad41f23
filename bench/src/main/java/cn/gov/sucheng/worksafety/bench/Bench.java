package cn.gov.sucheng.worksafety.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load scenarios of bench/README.md, side by side in one run:
 * <ul>
 * <li>a. the gateway hop: {@code GET /api/v1/enterprises/{id}} through the gateway vs straight to enterprise-service;
 *     with {@code --references}, the same lookup through reference gateways (stock Spring Cloud Gateway, see
 *     bench/reference-gateway) in the same rounds, each with its CPU per request, as the yardstick of the framework;
 * <li>b. gRPC vs REST: {@code EnterpriseService/GetEnterprise} vs the same lookup over REST, both direct.
 * </ul>
 * With {@code --scenario=registry}, scenario c instead: the registry at 100× the district ({@link RegistryScenario}).
 * Every target gets the same warm-up; then the saturation runs and the fixed-rate runs are measured in rounds
 * that alternate the targets, so drift on a shared machine spreads over all of them.
 *
 * <pre>
 * java -jar bench/target/bench.jar --direct=http://127.0.0.1:8081 --grpc=127.0.0.1:9081 \
 *      [--gateway=http://127.0.0.1:8080] [--gateway-pid-file=.local/run/gateway.pid] \
 *      [--service-pid-file=.local/run/enterprise-service.pid] [--clk-tck=100] [--enterprises=300] \
 *      [--warmup=10] [--duration=15] [--rounds=3] [--concurrency=16] [--rate=200] [--rate-workers=16] [--out=FILE] \
 *      [--references=NAME@http://127.0.0.1:8090@PID_FILE,...]
 * </pre>
 * Prints a Markdown table (scenario, metric, value, ratio, target, verdict) and a table of details; --out writes both.
 */
public final class Bench {

    private static final String GATEWAY = "gateway";
    private static final String DIRECT = "rest-direct";
    private static final String GRPC = "grpc-direct";

    private final Map<String, String> args;
    private final List<String[]> rows = new ArrayList<>();

    private Bench(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            if (!a.startsWith("--") || !a.contains("=")) {
                System.err.println("arguments are --name=value; see the class comment of " + Bench.class.getName());
                System.exit(2);
            }
            args.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        if (!args.containsKey("direct") || !args.containsKey("grpc")) {
            System.err.println("--direct=http://HOST:PORT and --grpc=HOST:PORT are required");
            System.exit(2);
        }
        String scenario = args.getOrDefault("scenario", "gateway-and-grpc");
        switch (scenario) {
            case "gateway-and-grpc" -> System.exit(new Bench(args).run());
            case "registry" -> System.exit(new RegistryScenario(args).run());
            case "hazards" -> System.exit(new HazardScenario(args).run());
            default -> {
                System.err.println("--scenario is gateway-and-grpc (a and b, the default), registry (c) or hazards (d)");
                System.exit(2);
            }
        }
    }

    private String arg(String name, String fallback) {
        return args.getOrDefault(name, fallback);
    }

    private double num(String name, double fallback) {
        return Double.parseDouble(arg(name, Double.toString(fallback)));
    }

    static void say(String format, Object... values) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", values);
    }

    private int run() throws Exception {
        String gatewayUrl = args.get("gateway");
        double warmup = num("warmup", 10);
        double duration = num("duration", 15);
        int rounds = (int) num("rounds", 3);
        int concurrency = (int) num("concurrency", 16);
        double rate = num("rate", 200);
        int rateWorkers = (int) num("rate-workers", 16);
        long clkTck = (long) num("clk-tck", 100);
        int count = (int) num("enterprises", 300);

        Map<String, Target> targets = new LinkedHashMap<>();
        if (gatewayUrl != null) {
            targets.put(GATEWAY, new Target.Rest(GATEWAY, gatewayUrl));
        }
        targets.put(DIRECT, new Target.Rest(DIRECT, args.get("direct")));
        targets.put(GRPC, new Target.Grpc(GRPC, args.get("grpc")));
        ProcCpu gatewayCpu = ProcCpu.fromPidFile(args.get("gateway-pid-file"), clkTck);
        ProcCpu serviceCpu = ProcCpu.fromPidFile(args.get("service-pid-file"), clkTck);
        if (gatewayCpu != null && !gatewayCpu.command().equals("java")) {
            say("warning: gateway pid %d runs '%s', not java: CPU figures may be wrong", gatewayCpu.pid(), gatewayCpu.command());
        }
        // The hops whose own CPU is measured while they are the target: the gateway and the reference gateways.
        Map<String, ProcCpu> hops = new LinkedHashMap<>();
        if (gatewayCpu != null && gatewayUrl != null) {
            hops.put(GATEWAY, gatewayCpu);
        }
        List<String> references = new ArrayList<>();
        for (String spec : arg("references", "").split(",")) {
            if (spec.isBlank()) {
                continue;
            }
            String[] parts = spec.split("@");
            if (parts.length != 3) {
                say("--references takes NAME@URL@PID_FILE,...; not '%s'", spec);
                return 2;
            }
            references.add(parts[0]);
            targets.put(parts[0], new Target.Rest(parts[0], parts[1]));
            hops.put(parts[0], ProcCpu.fromPidFile(parts[2], clkTck));
        }
        // The direct targets after the hops, in the order of the rounds.
        targets.put(DIRECT, targets.remove(DIRECT));
        targets.put(GRPC, targets.remove(GRPC));

        String via = gatewayUrl != null ? gatewayUrl : args.get("direct");
        long t0 = System.nanoTime();
        List<String> ids = Enterprises.register(via, count);
        say("registered %d enterprises through %s in %.1f s", ids.size(), via, (System.nanoTime() - t0) / 1e9);

        for (Target t : targets.values()) {
            try (Target.Caller c = t.caller()) {
                if (!c.lookup(ids.get(0))) {
                    say("%s does not find enterprise %s: giving up", t.name(), ids.get(0));
                    return 1;
                }
            }
        }

        for (Target t : targets.values()) {
            say("warm-up %s: %d workers, %.0f s", t.name(), concurrency, warmup);
            Load.Result r = Load.saturate(t, ids, concurrency, warmup);
            say("  %.0f req/s, %d errors%s", r.perSecond(), r.errors, r.firstError == null ? "" : " (" + r.firstError + ")");
        }

        Map<String, Load.Result> saturation = new LinkedHashMap<>();
        Map<String, long[]> hopTicks = new HashMap<>();
        Map<String, Map<ProcCpu.Group, Long>> hopGroups = new HashMap<>();
        Map<String, long[]> serviceTicks = new HashMap<>();
        double slice = duration / rounds;
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                ProcCpu hop = hops.get(t.name());
                Map<ProcCpu.Group, Long> hg0 = hop == null ? null : hop.ticksByGroup();
                long h0 = hop == null ? 0 : hop.ticks();
                long s0 = serviceCpu == null ? 0 : serviceCpu.ticks();
                Load.Result r = Load.saturate(t, ids, concurrency, slice);
                long s1 = serviceCpu == null ? 0 : serviceCpu.ticks();
                if (hop != null) {
                    hopTicks.computeIfAbsent(t.name(), k -> new long[1])[0] += hop.ticks() - h0;
                    Map<ProcCpu.Group, Long> groups = hopGroups.computeIfAbsent(t.name(), k -> new EnumMap<>(ProcCpu.Group.class));
                    hop.ticksByGroup().forEach((g, v) -> groups.merge(g, v - hg0.getOrDefault(g, 0L), Long::sum));
                }
                serviceTicks.computeIfAbsent(t.name(), k -> new long[1])[0] += s1 - s0;
                saturation.computeIfAbsent(t.name(), k -> new Load.Result()).add(r);
                say("saturation %s round %d/%d: %.0f req/s, %d errors", t.name(), round, rounds, r.perSecond(), r.errors);
                Thread.sleep(300);
            }
        }

        Map<String, Load.Result> fixed = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                Load.Result r = Load.fixedRate(t, ids, rate, slice, rateWorkers);
                fixed.computeIfAbsent(t.name(), k -> new Load.Result()).add(r);
                say("%.0f req/s %s round %d/%d: p50 %d µs, p99 %d µs, %d errors", rate, t.name(), round, rounds,
                        r.latency.getValueAtPercentile(50), r.latency.getValueAtPercentile(99), r.errors);
                Thread.sleep(300);
            }
        }
        targets.values().forEach(Target::close);

        String table = table(saturation, fixed, hops, hopTicks, hopGroups, references, serviceTicks, serviceCpu, rate);
        String details = details(saturation, fixed, rate);
        String settings = String.format(Locale.ROOT,
                "Settings: %d enterprises looked up round-robin; warm-up %.0f s per target; saturation %d closed-loop "
                        + "workers, fixed rate %.0f req/s open loop (%d sender threads), each %.0f s per target in %d "
                        + "alternating rounds. Latencies at a fixed rate count from the intended send time. The load "
                        + "generator runs on the same machine as the suite.%n",
                ids.size(), warmup, concurrency, rate, rateWorkers, duration, rounds);
        String out = table + "\n" + settings + "\n" + details;
        System.out.println(out);
        if (args.containsKey("out")) {
            Files.writeString(Path.of(args.get("out")), out);
        }
        long errors = saturation.values().stream().mapToLong(r -> r.errors).sum() + fixed.values().stream().mapToLong(r -> r.errors).sum();
        return errors == 0 ? 0 : 3;
    }

    // ---------------------------------------------------------------- the table

    private String table(Map<String, Load.Result> sat, Map<String, Load.Result> fixed, Map<String, ProcCpu> hops,
            Map<String, long[]> hopTicks, Map<String, Map<ProcCpu.Group, Long>> hopGroups, List<String> references,
            Map<String, long[]> serviceTicks, ProcCpu serviceCpu, double rate) {
        String at = String.format(Locale.ROOT, "at %.0f req/s", rate);
        String a = "a. gateway hop vs direct";
        String b = "b. gRPC vs REST (direct)";
        Load.Result gwSat = sat.get(GATEWAY), restSat = sat.get(DIRECT), grpcSat = sat.get(GRPC);
        Load.Result gwFix = fixed.get(GATEWAY), restFix = fixed.get(DIRECT), grpcFix = fixed.get(GRPC);

        if (gwSat != null) {
            double ratio = gwSat.perSecond() / restSat.perSecond();
            row(a, "saturation throughput, via gateway", reqs(gwSat.perSecond()), x(ratio) + " direct", "≥ 0.5× direct", verdict(ratio >= 0.5));
            row(a, "saturation throughput, direct", reqs(restSat.perSecond()), "", "", "");
            ProcCpu gatewayCpu = hops.get(GATEWAY);
            if (gatewayCpu != null) {
                // The target is the request path's cost; the JIT (warming up still, or recompiling) and the
                // collector are shown apart, and the whole process for the record.
                Map<ProcCpu.Group, Long> groups = hopGroups.get(GATEWAY);
                double path = gatewayCpu.ticksToMicros(groups.get(ProcCpu.Group.REQUEST_PATH)) / gwSat.ok;
                row(a, "gateway CPU per request (saturation), request-path threads", us(path), "", "≤ 40 µs", verdict(path <= 40));
                row(a, "… JIT compiler threads, per request", us(gatewayCpu.ticksToMicros(groups.get(ProcCpu.Group.JIT)) / gwSat.ok), "", "", "");
                row(a, "… GC and VM thread, per request", us(gatewayCpu.ticksToMicros(groups.get(ProcCpu.Group.GC_AND_VM)) / gwSat.ok), "", "", "");
                row(a, "… other threads, per request", us(gatewayCpu.ticksToMicros(groups.get(ProcCpu.Group.OTHER)) / gwSat.ok), "", "", "");
                double cpu = gatewayCpu.ticksToMicros(hopTicks.get(GATEWAY)[0]) / gwSat.ok;
                row(a, "gateway CPU per request (saturation), whole process", us(cpu), "", "", "");
            } else {
                row(a, "gateway CPU per request (saturation)", "n/a (no gateway pid)", "", "≤ 40 µs", "n/a");
            }
            long gp50 = gwFix.latency.getValueAtPercentile(50), dp50 = restFix.latency.getValueAtPercentile(50);
            long gp99 = gwFix.latency.getValueAtPercentile(99), dp99 = restFix.latency.getValueAtPercentile(99);
            row(a, "p50 " + at + ", via gateway", us(gp50), x((double) gp50 / dp50) + " direct", "", "");
            row(a, "p50 " + at + ", direct", us(dp50), "", "", "");
            row(a, "added p50 (gateway − direct)", us(gp50 - dp50), "", "≤ 500 µs", verdict(gp50 - dp50 <= 500));
            row(a, "p99 " + at + ", via gateway", us(gp99), x((double) gp99 / dp99) + " direct", "", "");
            row(a, "p99 " + at + ", direct", us(dp99), "", "", "");
            row(a, "added p99 (gateway − direct)", us(gp99 - dp99), "", "", "");
        } else {
            row(a, "(no --gateway given)", "", "", "", "n/a");
        }
        for (String name : references) {
            // The yardsticks: no targets of their own, the same figures as the gateway's.
            String section = "a. for reference: " + name;
            Load.Result refSat = sat.get(name), refFix = fixed.get(name);
            row(section, "saturation throughput", reqs(refSat.perSecond()), x(refSat.perSecond() / restSat.perSecond()) + " direct", "", "");
            ProcCpu cpu = hops.get(name);
            if (cpu != null) {
                row(section, "CPU per request (saturation), request-path threads",
                        us(cpu.ticksToMicros(hopGroups.get(name).get(ProcCpu.Group.REQUEST_PATH)) / refSat.ok), "", "", "");
                row(section, "CPU per request (saturation), whole process", us(cpu.ticksToMicros(hopTicks.get(name)[0]) / refSat.ok), "", "", "");
            }
            long p50 = refFix.latency.getValueAtPercentile(50), direct50 = restFix.latency.getValueAtPercentile(50);
            row(section, "added p50 " + at + " (− direct)", us(p50 - direct50), "", "", "");
        }

        long rp50 = restFix.latency.getValueAtPercentile(50), cp50 = grpcFix.latency.getValueAtPercentile(50);
        long rp99 = restFix.latency.getValueAtPercentile(99), cp99 = grpcFix.latency.getValueAtPercentile(99);
        double p50ratio = (double) cp50 / rp50;
        row(b, "p50 " + at + ", gRPC", us(cp50), x(p50ratio) + " REST", "≤ 0.5× REST", verdict(p50ratio <= 0.5));
        row(b, "p50 " + at + ", REST", us(rp50), "", "", "");
        row(b, "p99 " + at + ", gRPC", us(cp99), x((double) cp99 / rp99) + " REST", "", "");
        row(b, "p99 " + at + ", REST", us(rp99), "", "", "");
        row(b, "saturation throughput, gRPC", reqs(grpcSat.perSecond()), x(grpcSat.perSecond() / restSat.perSecond()) + " REST", "", "");
        row(b, "saturation throughput, REST", reqs(restSat.perSecond()), "", "", "");
        if (serviceCpu != null) {
            double grpcCpu = serviceCpu.ticksToMicros(serviceTicks.get(GRPC)[0]) / grpcSat.ok;
            double restCpu = serviceCpu.ticksToMicros(serviceTicks.get(DIRECT)[0]) / restSat.ok;
            row(b, "enterprise-service CPU per lookup, gRPC", us(grpcCpu), x(grpcCpu / restCpu) + " REST", "", "");
            row(b, "enterprise-service CPU per lookup, REST", us(restCpu), "", "", "");
        }
        long errors = 0, total = 0;
        for (Load.Result r : sat.values()) {
            errors += r.errors;
            total += r.ok + r.errors;
        }
        for (Load.Result r : fixed.values()) {
            errors += r.errors;
            total += r.ok + r.errors;
        }
        row("all", "failed lookups", errors + " of " + total, "", "0", verdict(errors == 0));

        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | metric | value | ratio | target | verdict |\n");
        sb.append("|---|---|---:|---|---|---|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return sb.toString();
    }

    private String details(Map<String, Load.Result> sat, Map<String, Load.Result> fixed, double rate) {
        StringBuilder sb = new StringBuilder();
        sb.append("| run | target | requests | errors | req/s | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs | "
                + "p50 / p99 from actual send µs | send lag p99 µs |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Load.Result> e : sat.entrySet()) {
            detail(sb, "saturation", e.getKey(), e.getValue(), false);
        }
        for (Map.Entry<String, Load.Result> e : fixed.entrySet()) {
            detail(sb, String.format(Locale.ROOT, "%.0f req/s", rate), e.getKey(), e.getValue(), true);
        }
        String firsts = firstErrors(sat, fixed);
        if (!firsts.isEmpty()) {
            sb.append("\nFirst errors:\n").append(firsts);
        }
        return sb.toString();
    }

    /** The first error of each run that had one, a line each: what failed, not only how many. */
    static String firstErrors(Map<String, Load.Result> saturation, Map<String, Load.Result> fixed) {
        StringBuilder lines = new StringBuilder();
        saturation.forEach((k, r) -> { if (r.firstError != null) lines.append("- saturation ").append(k).append(": ").append(r.firstError).append('\n'); });
        fixed.forEach((k, r) -> { if (r.firstError != null) lines.append("- fixed rate ").append(k).append(": ").append(r.firstError).append('\n'); });
        return lines.toString();
    }

    static void detail(StringBuilder sb, String run, String target, Load.Result r, boolean fixed) {
        var h = r.latency;
        sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.0f | %d | %d | %d | %d | %d | %s | %s |%n", run, target,
                r.ok + r.errors, r.errors, r.perSecond(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue(),
                fixed ? r.service.getValueAtPercentile(50) + " / " + r.service.getValueAtPercentile(99) : "",
                fixed ? Long.toString(r.sendLag.getValueAtPercentile(99)) : ""));
    }

    private void row(String... cells) {
        rows.add(cells);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    static String reqs(double v) {
        return String.format(Locale.ROOT, "%.0f req/s", v);
    }

    static String us(double v) {
        return String.format(Locale.ROOT, "%.0f µs", v);
    }

    static String x(double v) {
        return String.format(Locale.ROOT, "%.2f×", v);
    }
}
