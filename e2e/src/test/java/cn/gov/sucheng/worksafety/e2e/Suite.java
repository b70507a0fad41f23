package cn.gov.sucheng.worksafety.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite as its user drives it: {@code dev/suite.sh} with the ports and home of the environment
 * (dev/test.sh sets them; standalone runs take the script's defaults).
 */
final class Suite {

    private static final Suite INSTANCE = new Suite();
    private static String upOutput;

    private final Path repo;

    private Suite() {
        this.repo = Path.of(System.getProperty("ws.repo", "..")).toAbsolutePath().normalize();
    }

    /**
     * The suite, started once for all test classes with {@code dev/suite.sh up};
     * {@link StopSuiteAtSessionEnd} stops it when the test session closes.
     */
    static synchronized Suite started() {
        if (upOutput == null) {
            upOutput = INSTANCE.run("up");
            // Every JsonHttp of the tests calls as the e2e client (all scopes) unless told otherwise.
            System.setProperty("ws.token", INSTANCE.token("e2e", "e2e-dev-secret", String.join(" ",
                    cn.gov.sucheng.worksafety.platform.security.Scopes.all())));
        }
        return INSTANCE;
    }

    static synchronized boolean wasStarted() {
        return upOutput != null;
    }

    /** An access token from the suite's local issuer ({@code dev/auth.sh token}). */
    String token(String client, String secret, String scopes) {
        try {
            Process process = new ProcessBuilder("bash", repo.resolve("dev/auth.sh").toString(), "token", client, secret,
                    scopes).directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0 || token.isEmpty()) {
                throw new IllegalStateException("no token for " + client + " from dev/auth.sh");
            }
            return token;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** What {@code dev/suite.sh up} printed. */
    String upOutput() {
        return upOutput;
    }

    /** Runs {@code dev/suite.sh ARGS} with the jars already built; fails with its output when it fails. */
    String run(String... args) {
        try {
            File output = Files.createTempFile("suite", ".log").toFile();
            ProcessBuilder builder = new ProcessBuilder(concat("bash", repo.resolve("dev/suite.sh").toString(), args))
                    .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(output);
            builder.environment().put("WS_SKIP_BUILD", "1");
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("dev/suite.sh " + String.join(" ", args) + " did not finish");
            }
            String text = Files.readString(output.toPath());
            output.delete();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("dev/suite.sh " + String.join(" ", args) + " failed:\n" + text);
            }
            return text;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    static int port(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    /** Where dev/suite.sh keeps pids, logs and what it saw while starting ($WS_HOME, else .local). */
    Path home() {
        String value = System.getenv("WS_HOME");
        return value == null || value.isBlank() ? repo.resolve(".local") : Path.of(value);
    }

    static String gateway() {
        return "http://127.0.0.1:" + port("WS_GATEWAY_PORT", 8080);
    }

    static int enterpriseGrpcPort() {
        return port("WS_ENTERPRISE_GRPC_PORT", port("WS_ENTERPRISE_PORT", 8081) + 1000);
    }

    private static List<String> concat(String a, String b, String[] rest) {
        List<String> all = new java.util.ArrayList<>(List.of(a, b));
        all.addAll(List.of(rest));
        return all;
    }

}
