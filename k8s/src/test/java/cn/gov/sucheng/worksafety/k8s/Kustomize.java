package cn.gov.sucheng.worksafety.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Renders a kustomization with a real kubectl, fetched offline by {@code tools/kubectl.sh} on first use. */
final class Kustomize {

    /** The module's folder: surefire runs the tests there. */
    static final Path MODULE = Path.of("").toAbsolutePath();

    private static Path kubectl;

    private Kustomize() {
    }

    static String render(Path kustomization) {
        return run(List.of(kubectl().toString(), "kustomize", kustomization.toString()));
    }

    static synchronized Path kubectl() {
        if (kubectl == null) {
            kubectl = Path.of(run(List.of("bash", MODULE.resolve("tools/kubectl.sh").toString())).strip());
        }
        return kubectl;
    }

    private static String run(List<String> command) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): "
                            + Files.readString(errors));
                }
                return out;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
