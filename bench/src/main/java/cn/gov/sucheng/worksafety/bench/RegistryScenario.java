package cn.gov.sucheng.worksafety.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Scenario c of bench/README.md, "the registry at 100× the district" ({@code --scenario=registry}):
 * <ol>
 * <li>registers {@code --registry-size} enterprises (70,900 = 100 × 709) straight to enterprise-service's REST
 * port, {@code --registry-concurrency} (16) at a time, and times it;
 * <li>looks random registered enterprises up by id (gRPC {@code GetEnterprise} vs REST {@code GET
 * /api/v1/enterprises/{id}}) and by credit code (gRPC {@code GetEnterpriseByCreditCode} vs REST {@code GET
 * /api/v1/enterprises/by-credit-code/{code}}), at saturation and at a fixed rate, in alternating rounds;
 * <li>fetches the one-enterprise profile through the gateway at {@code --profile-rate} (50 req/s) for
 * {@code --profile-duration} (15 s) with every sibling up, then runs {@code --stop-hazard-command} (stops
 * hazard-service) and measures again: every answer must be 200 within the profile's deadline, with
 * {@code hazards.available} false.
 * </ol>
 *
 * <pre>
 * java -jar bench.jar --scenario=registry --direct=http://127.0.0.1:8081 --grpc=127.0.0.1:9081 \
 *      --gateway=http://127.0.0.1:8080 --stop-hazard-command='WS_HOME=… dev/suite.sh stop-app hazard-service' \
 *      [--registry-size=70900] [--registry-concurrency=16] [--warmup=10] [--duration=10] [--rounds=2]
 *      [--concurrency=16] [--rate=200] [--rate-workers=16] [--profile-rate=50] [--profile-duration=15]
 *      [--profile-warmup=5] [--profile-workers=64] [--profile-deadline-ms=800] [--profile-p99-target-ms=50]
 *      [--out=FILE]
 * </pre>
 */
final class RegistryScenario {

    private static final String GRPC_ID = "grpc-by-id";
    private static final String REST_ID = "rest-by-id";
    private static final String GRPC_CODE = "grpc-by-credit-code";
    private static final String REST_CODE = "rest-by-credit-code";
    private static final String PROFILE = "profile-via-gateway";

    private final Map<String, String> args;
    private final List<String[]> rows = new ArrayList<>();

    RegistryScenario(Map<String, String> args) {
        this.args = args;
    }

    private String arg(String name, String fallback) {
        return args.getOrDefault(name, fallback);
    }

    private double num(String name, double fallback) {
        return Double.parseDouble(arg(name, Double.toString(fallback)));
    }

    int run() throws Exception {
        String gatewayUrl = args.get("gateway");
        String direct = args.get("direct");
        String stopHazard = args.get("stop-hazard-command");
        if (gatewayUrl == null) {
            Bench.say("--gateway=http://HOST:PORT is required for --scenario=registry (the profile is fetched through it)");
            return 2;
        }
        int size = (int) num("registry-size", 70_900);
        int regConcurrency = (int) num("registry-concurrency", 16);
        double warmup = num("warmup", 10);
        double duration = num("duration", 10);
        int rounds = (int) num("rounds", 2);
        int concurrency = (int) num("concurrency", 16);
        double rate = num("rate", 200);
        int rateWorkers = (int) num("rate-workers", 16);
        double profileRate = num("profile-rate", 50);
        double profileDuration = num("profile-duration", 15);
        double profileWarmup = num("profile-warmup", 5);
        int profileWorkers = (int) num("profile-workers", 64);
        long deadlineMs = (long) num("profile-deadline-ms", 800);
        long p99TargetMs = (long) num("profile-p99-target-ms", 50);

        // 1. The registry at 100× the district.
        Bench.say("registering %d enterprises at %s, %d at a time", size, direct, regConcurrency);
        long t0 = System.nanoTime();
        List<Enterprises.Registered> registered = Enterprises.registerMany(direct, size, regConcurrency, n -> {
            if (n % Math.max(1, size / 10) == 0 || n == size) {
                Bench.say("  %d registered (%.0f s)", n, (System.nanoTime() - t0) / 1e9);
            }
        });
        double regSeconds = (System.nanoTime() - t0) / 1e9;
        Bench.say("registered %d enterprises in %.1f s (%.0f/s)", registered.size(), regSeconds, registered.size() / regSeconds);

        // Random registered enterprises: each target walks its own shuffle of all of them (fixed seeds, so runs
        // compare), so consecutive requests hit unrelated rows and index pages.
        List<String> ids = new ArrayList<>(registered.size());
        List<String> codes = new ArrayList<>(registered.size());
        for (Enterprises.Registered r : registered) {
            ids.add(r.id());
            codes.add(r.creditCode());
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put(GRPC_ID, new Target.Grpc(GRPC_ID, args.get("grpc")));
        targets.put(REST_ID, new Target.Rest(REST_ID, direct));
        targets.put(GRPC_CODE, new Target.Grpc(GRPC_CODE, args.get("grpc"), true));
        targets.put(REST_CODE, new Target.Rest(REST_CODE, direct, "/api/v1/enterprises/by-credit-code/"));
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put(GRPC_ID, shuffled(ids, 1));
        keys.put(REST_ID, shuffled(ids, 2));
        keys.put(GRPC_CODE, shuffled(codes, 3));
        keys.put(REST_CODE, shuffled(codes, 4));

        for (Target t : targets.values()) {
            String first = keys.get(t.name()).get(0);
            try (Target.Caller c = t.caller()) {
                if (!c.lookup(first)) {
                    Bench.say("%s does not find %s: giving up", t.name(), first);
                    return 1;
                }
            }
        }

        // 2. Look-ups at that size: warm-up, then saturation and fixed rate in rounds alternating the targets.
        for (Target t : targets.values()) {
            Bench.say("warm-up %s: %d workers, %.0f s", t.name(), concurrency, warmup);
            Load.Result r = Load.saturate(t, keys.get(t.name()), concurrency, warmup);
            Bench.say("  %.0f req/s, %d errors%s", r.perSecond(), r.errors, r.firstError == null ? "" : " (" + r.firstError + ")");
        }
        Map<String, Load.Result> saturation = new LinkedHashMap<>();
        Map<String, Load.Result> fixed = new LinkedHashMap<>();
        double slice = duration / rounds;
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                Load.Result r = Load.saturate(t, keys.get(t.name()), concurrency, slice);
                saturation.computeIfAbsent(t.name(), k -> new Load.Result()).add(r);
                Bench.say("saturation %s round %d/%d: %.0f req/s, %d errors", t.name(), round, rounds, r.perSecond(), r.errors);
                Thread.sleep(300);
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                // Each round goes on where the last one stopped in the target's shuffle: no key twice.
                int from = (int) (Math.round(rate * slice) * (round - 1));
                Load.Result r = Load.fixedRate(t, rotate(keys.get(t.name()), from), rate, slice, rateWorkers);
                fixed.computeIfAbsent(t.name(), x -> new Load.Result()).add(r);
                Bench.say("%.0f req/s %s round %d/%d: p50 %d µs, p99 %d µs, %d errors", rate, t.name(), round, rounds,
                        r.latency.getValueAtPercentile(50), r.latency.getValueAtPercentile(99), r.errors);
                Thread.sleep(300);
            }
        }
        targets.values().forEach(Target::close);

        // 3. The profile through the gateway: every sibling up, then hazard-service stopped.
        Target.Profile profile = new Target.Profile(PROFILE, gatewayUrl, (int) Math.max(5_000, deadlineMs * 5));
        List<String> profileIds = shuffled(ids, 5);
        Bench.say("profile warm-up: %.0f req/s for %.0f s", profileRate, profileWarmup);
        Load.Result warm = Load.fixedRate(profile, profileIds, profileRate, profileWarmup, profileWorkers);
        Bench.say("  p50 %d µs, p99 %d µs, %d errors%s", warm.latency.getValueAtPercentile(50),
                warm.latency.getValueAtPercentile(99), warm.errors, warm.firstError == null ? "" : " (" + warm.firstError + ")");
        profile.resetCounts();
        int offset = (int) Math.round(profileRate * profileWarmup);
        Load.Result up = Load.fixedRate(profile, rotate(profileIds, offset), profileRate, profileDuration, profileWorkers);
        long[] upCounts = { profile.hazardsAvailable.get(), profile.hazardsUnavailable.get(), profile.hazardsUnknown.get() };
        String upUnknown = profile.firstUnknown;
        Bench.say("profile, all up: p50 %d µs, p99 %d µs, max %d µs, %d errors; hazards available %d, unavailable %d",
                up.latency.getValueAtPercentile(50), up.latency.getValueAtPercentile(99), up.latency.getMaxValue(),
                up.errors, upCounts[0], upCounts[1]);

        Load.Result down = null;
        long[] downCounts = null;
        String downUnknown = null;
        double stopSeconds = 0;
        if (stopHazard == null) {
            Bench.say("no --stop-hazard-command: the profile is not measured with hazard-service down");
        } else {
            Bench.say("stopping hazard-service: %s", stopHazard);
            long s0 = System.nanoTime();
            Process p = new ProcessBuilder("bash", "-c", stopHazard).inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Bench.say("the stop command did not finish within 60 s");
                return 1;
            }
            stopSeconds = (System.nanoTime() - s0) / 1e9;
            if (p.exitValue() != 0) {
                Bench.say("the stop command exited with %d", p.exitValue());
                return 1;
            }
            Bench.say("  stopped in %.1f s; measuring at once", stopSeconds);
            profile.resetCounts();
            offset += (int) Math.round(profileRate * profileDuration);
            down = Load.fixedRate(profile, rotate(profileIds, offset), profileRate, profileDuration, profileWorkers);
            downCounts = new long[] { profile.hazardsAvailable.get(), profile.hazardsUnavailable.get(), profile.hazardsUnknown.get() };
            downUnknown = profile.firstUnknown;
            Bench.say("profile, hazard-service down: p50 %d µs, p99 %d µs, max %d µs, %d errors; hazards available %d, unavailable %d",
                    down.latency.getValueAtPercentile(50), down.latency.getValueAtPercentile(99), down.latency.getMaxValue(),
                    down.errors, downCounts[0], downCounts[1]);
        }
        profile.close();

        // 4. The table.
        String c = "c. registry at 100×";
        row(c, String.format(Locale.ROOT, "registration of %d enterprises, REST straight to enterprise-service, %d concurrent",
                registered.size(), regConcurrency), String.format(Locale.ROOT, "%.1f s", regSeconds),
                String.format(Locale.ROOT, "%.0f registrations/s", registered.size() / regSeconds), "", "");
        compare(c + ", by id", saturation.get(GRPC_ID), saturation.get(REST_ID), fixed.get(GRPC_ID), fixed.get(REST_ID), rate);
        compare(c + ", by credit code", saturation.get(GRPC_CODE), saturation.get(REST_CODE), fixed.get(GRPC_CODE),
                fixed.get(REST_CODE), rate);

        String pu = "c. profile via gateway, all up";
        String at = String.format(Locale.ROOT, "at %.0f req/s", profileRate);
        long upP99 = up.latency.getValueAtPercentile(99);
        row(pu, "p50 " + at, Bench.us(up.latency.getValueAtPercentile(50)), "", "", "");
        row(pu, "p99 " + at, Bench.us(upP99), "", "≤ " + p99TargetMs + " ms", Bench.verdict(upP99 <= p99TargetMs * 1000));
        row(pu, "answers 200", (up.ok) + " of " + (up.ok + up.errors), "", "all", Bench.verdict(up.errors == 0));
        row(pu, "hazards.available true", share(upCounts[0], up.ok), "", "(information)", "");
        if (down != null) {
            String pd = "c. profile via gateway, hazard-service stopped";
            long max = down.latency.getMaxValue();
            row(pd, "p50 " + at, Bench.us(down.latency.getValueAtPercentile(50)), "", "", "");
            row(pd, "p99 " + at, Bench.us(down.latency.getValueAtPercentile(99)), "", "", "");
            row(pd, "max " + at, Bench.us(max), "", "≤ " + (deadlineMs + 200) + " ms (deadline " + deadlineMs + " ms + 200)",
                    Bench.verdict(max <= (deadlineMs + 200) * 1000));
            row(pd, "answers 200", down.ok + " of " + (down.ok + down.errors), "", "all", Bench.verdict(down.errors == 0));
            row(pd, "hazards.available false", share(downCounts[1], down.ok), "", "100%",
                    Bench.verdict(down.ok > 0 && downCounts[1] == down.ok));
        } else {
            row("c. profile via gateway, hazard-service stopped", "(no --stop-hazard-command given)", "", "", "", "n/a");
        }
        long errors = 0, total = 0;
        for (Map<String, Load.Result> m : List.of(saturation, fixed)) {
            for (Load.Result r : m.values()) {
                errors += r.errors;
                total += r.ok + r.errors;
            }
        }
        row("all look-ups", "failed look-ups", errors + " of " + total, "", "0", Bench.verdict(errors == 0));

        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | metric | value | ratio | target | verdict |\n");
        sb.append("|---|---|---:|---|---|---|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        String settings = String.format(Locale.ROOT,
                "Settings: %d enterprises registered straight to enterprise-service (%d concurrent POSTs, keep-alive "
                        + "connections), in %.1f s. Look-ups of random registered enterprises (each target walks its own "
                        + "shuffle of all of them): warm-up %.0f s per target at saturation; saturation %d closed-loop "
                        + "workers, fixed rate %.0f req/s open loop (%d sender threads), each %.0f s per target in %d "
                        + "alternating rounds. Profile: %.0f req/s open loop (%d sender threads) through the gateway for "
                        + "%.0f s after a %.0f s warm-up, with every sibling up, then again for %.0f s right after "
                        + "hazard-service was stopped (stop took %.1f s); the profile's sibling deadline is %d ms. "
                        + "Latencies at a fixed rate count from the intended send time. The load generator runs on the "
                        + "same machine as the suite.%n",
                registered.size(), regConcurrency, regSeconds, warmup, concurrency, rate, rateWorkers, duration, rounds,
                profileRate, profileWorkers, profileDuration, profileWarmup, profileDuration, stopSeconds, deadlineMs);

        StringBuilder details = new StringBuilder();
        details.append("| run | target | requests | errors | req/s | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs | "
                + "p50 / p99 from actual send µs | send lag p99 µs |\n");
        details.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        saturation.forEach((k, r) -> Bench.detail(details, "saturation", k, r, false));
        String atRate = String.format(Locale.ROOT, "%.0f req/s", rate);
        fixed.forEach((k, r) -> Bench.detail(details, atRate, k, r, true));
        Bench.detail(details, String.format(Locale.ROOT, "%.0f req/s, all up", profileRate), PROFILE, up, true);
        if (down != null) {
            Bench.detail(details, String.format(Locale.ROOT, "%.0f req/s, hazard-service stopped", profileRate), PROFILE, down, true);
        }
        StringBuilder firsts = new StringBuilder(Bench.firstErrors(saturation, fixed));
        if (up.firstError != null) {
            firsts.append("- profile, all up: ").append(up.firstError).append('\n');
        }
        if (down != null && down.firstError != null) {
            firsts.append("- profile, hazard-service stopped: ").append(down.firstError).append('\n');
        }
        if (upUnknown != null || downUnknown != null) {
            firsts.append("- a 200 profile without a readable hazards.available: ").append(upUnknown != null ? upUnknown : downUnknown).append('\n');
        }
        if (firsts.length() > 0) {
            details.append("\nFirst errors (a failed profile answer is anything but a 200):\n").append(firsts);
        }

        String out = sb + "\n" + settings + "\n" + details;
        System.out.println(out);
        if (args.containsKey("out")) {
            Files.writeString(Path.of(args.get("out")), out);
        }
        boolean profileOk = up.errors == 0 && (down == null || down.errors == 0);
        return errors == 0 && profileOk ? 0 : 3;
    }

    private void compare(String scenario, Load.Result grpcSat, Load.Result restSat, Load.Result grpcFix,
            Load.Result restFix, double rate) {
        String at = String.format(Locale.ROOT, "at %.0f req/s", rate);
        long cp50 = grpcFix.latency.getValueAtPercentile(50), rp50 = restFix.latency.getValueAtPercentile(50);
        long cp99 = grpcFix.latency.getValueAtPercentile(99), rp99 = restFix.latency.getValueAtPercentile(99);
        row(scenario, "p50 " + at + ", gRPC", Bench.us(cp50), Bench.x((double) cp50 / rp50) + " REST", "", "");
        row(scenario, "p50 " + at + ", REST", Bench.us(rp50), "", "", "");
        row(scenario, "p99 " + at + ", gRPC", Bench.us(cp99), Bench.x((double) cp99 / rp99) + " REST", "", "");
        row(scenario, "p99 " + at + ", REST", Bench.us(rp99), "", "", "");
        long sp50g = grpcSat.latency.getValueAtPercentile(50), sp50r = restSat.latency.getValueAtPercentile(50);
        long sp99g = grpcSat.latency.getValueAtPercentile(99), sp99r = restSat.latency.getValueAtPercentile(99);
        row(scenario, "saturation throughput, gRPC", Bench.reqs(grpcSat.perSecond()),
                Bench.x(grpcSat.perSecond() / restSat.perSecond()) + " REST", "", "");
        row(scenario, "saturation throughput, REST", Bench.reqs(restSat.perSecond()), "", "", "");
        row(scenario, "p50 / p99 at saturation, gRPC", Bench.us(sp50g) + " / " + Bench.us(sp99g),
                Bench.x((double) sp50g / sp50r) + " / " + Bench.x((double) sp99g / sp99r) + " REST", "", "");
        row(scenario, "p50 / p99 at saturation, REST", Bench.us(sp50r) + " / " + Bench.us(sp99r), "", "", "");
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "n/a (no answers)" : String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * part / whole, part, whole);
    }

    private static List<String> shuffled(List<String> keys, long seed) {
        List<String> copy = new ArrayList<>(keys);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    /** The same keys, starting at {@code from} (Load walks a list from its start). */
    private static List<String> rotate(List<String> keys, int from) {
        List<String> copy = new ArrayList<>(keys);
        Collections.rotate(copy, -(from % Math.max(1, keys.size())));
        return copy;
    }

    private void row(String... cells) {
        rows.add(cells);
    }
}
