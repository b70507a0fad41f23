package cn.gov.sucheng.worksafety.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Scenario d1: hazard reports created end to end, side by side in one run, so that the cost of the gateway and of
 * the gRPC enterprise check show separately:
 * <ul>
 * <li>{@code gateway}: {@code POST /api/v1/hazards} through the gateway (gateway → hazard-service → gRPC
 * enterprise check → PostgreSQL);</li>
 * <li>{@code hazard-direct}: the same POST straight to hazard-service's HTTP port;</li>
 * <li>{@code enterprise-check}: the check alone, {@code EnterpriseService/GetEnterprise} over gRPC.</li>
 * </ul>
 * Each target is saturated by closed-loop workers and then driven at a fixed rate (open loop, latency from the
 * intended send time), in alternating rounds.
 *
 * <pre>
 * java -jar bench/target/bench.jar --scenario=hazards --gateway=http://127.0.0.1:8080 \
 *      --direct=http://127.0.0.1:8082 --grpc=127.0.0.1:9081 [--enterprises=100] [--warmup=10] [--duration=15] \
 *      [--rounds=3] [--concurrency=32] [--rate=1000] [--rate-workers=64] [--out=FILE]
 * </pre>
 * {@code --direct} is hazard-service, {@code --grpc} enterprise-service's gRPC address.
 */
final class HazardScenario {

    private final Map<String, String> args;

    HazardScenario(Map<String, String> args) {
        this.args = args;
    }

    private String arg(String name, String fallback) {
        return args.getOrDefault(name, fallback);
    }

    int run() throws Exception {
        String gateway = args.get("gateway");
        if (gateway == null) {
            System.err.println("--gateway=http://HOST:PORT is required for --scenario=hazards");
            return 2;
        }
        int count = Integer.parseInt(arg("enterprises", "100"));
        double warmup = Double.parseDouble(arg("warmup", "10"));
        double duration = Double.parseDouble(arg("duration", "15"));
        int rounds = Integer.parseInt(arg("rounds", "3"));
        int concurrency = Integer.parseInt(arg("concurrency", "32"));
        double rate = Double.parseDouble(arg("rate", "1000"));
        int rateWorkers = Integer.parseInt(arg("rate-workers", "64"));

        List<String> ids = Enterprises.register(gateway, count);
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("gateway", new Report("gateway", gateway));
        targets.put("hazard-direct", new Report("hazard-direct", args.get("direct")));
        targets.put("enterprise-check", new Target.Grpc("enterprise-check", args.get("grpc")));
        for (Target t : targets.values()) {
            try (Target.Caller c = t.caller()) {
                if (!c.lookup(ids.get(0))) {
                    System.err.println(t.name() + " refuses the first report: giving up");
                    return 1;
                }
            }
            Load.saturate(t, ids, concurrency, warmup);
        }
        Map<String, Load.Result> saturation = new LinkedHashMap<>();
        Map<String, Load.Result> fixed = new LinkedHashMap<>();
        double slice = duration / rounds;
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                saturation.computeIfAbsent(t.name(), k -> new Load.Result())
                        .add(Load.saturate(t, ids, concurrency, slice));
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (Target t : targets.values()) {
                fixed.computeIfAbsent(t.name(), k -> new Load.Result())
                        .add(Load.fixedRate(t, ids, rate, slice, rateWorkers));
            }
        }
        targets.values().forEach(Target::close);

        StringBuilder sb = new StringBuilder();
        sb.append("| target | saturation req/s | errors | p99 µs (saturated) | at ").append((int) rate)
                .append(" req/s: achieved req/s | p50 µs | p99 µs | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String name : targets.keySet()) {
            Load.Result s = saturation.get(name);
            Load.Result f = fixed.get(name);
            sb.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %d | %.0f | %d | %d | %d |%n", name,
                    s.perSecond(), s.errors, s.latency.getValueAtPercentile(99), f.perSecond(),
                    f.latency.getValueAtPercentile(50), f.latency.getValueAtPercentile(99), f.errors));
        }
        double viaGateway = saturation.get("gateway").perSecond();
        sb.append(String.format(Locale.ROOT, "%nTarget: ≥ 1,000 hazard reports per second through the gateway: %s "
                + "(%.0f/s). Settings: %d enterprises, %d closed-loop workers, %.0f req/s open loop (%d senders), %.0f s "
                + "per target in %d alternating rounds; the load generator runs on the same machine.%n",
                viaGateway >= 1000 ? "met" : "NOT met", viaGateway, ids.size(), concurrency, rate, rateWorkers, duration,
                rounds));
        String firsts = Bench.firstErrors(saturation, fixed);
        if (!firsts.isEmpty()) {
            sb.append("\nFirst errors:\n").append(firsts);
        }
        System.out.print(sb);
        if (args.containsKey("out")) {
            Files.writeString(Path.of(args.get("out")), sb.toString());
        }
        return 0;
    }

    /** {@code POST /api/v1/hazards} at the enterprise {@code key}, over keep-alive connections, one per worker. */
    static final class Report implements Target {
        private final String name;
        private final String host;
        private final int port;
        private final ConcurrentLinkedQueue<HttpConnection> idle = new ConcurrentLinkedQueue<>();

        Report(String name, String baseUrl) {
            URI uri = URI.create(baseUrl);
            this.name = name;
            this.host = uri.getHost();
            this.port = uri.getPort() > 0 ? uri.getPort() : 80;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Caller caller() {
            HttpConnection c = idle.poll();
            HttpConnection connection = c != null ? c : new HttpConnection(host, port);
            return new Caller() {
                @Override
                public boolean lookup(String enterpriseId) throws Exception {
                    return connection.post("/api/v1/hazards", "{\"enterpriseId\":\"" + enterpriseId
                            + "\",\"description\":\"压测：消防通道堵塞\",\"grade\":\"GENERAL\",\"source\":\"GRID_WORKER\"}")
                            == 201;
                }

                @Override
                public void close() {
                    idle.offer(connection);
                }
            };
        }

        @Override
        public void close() {
            for (HttpConnection c; (c = idle.poll()) != null;) {
                c.close();
            }
        }
    }
}
