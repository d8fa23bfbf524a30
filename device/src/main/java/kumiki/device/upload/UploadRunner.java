package kumiki.device.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import kumiki.codegen.SketchBuilder;

/**
 * Compiles and uploads a sketch folder with arduino-cli: {@code compile --fqbn} then
 * {@code upload --fqbn --port}. The sketch folder carries Kumiki's sketch.yaml; the explicit FQBN
 * uses whatever board core and libraries are installed, so a classroom without internet works.
 * If the board does not answer, it is put into its bootloader with the 1200-baud touch and the
 * upload is tried once more on the port the bootloader appears on.
 */
public final class UploadRunner {
    private static final long COMPILE_LIMIT_MIN = 10;
    private static final long UPLOAD_LIMIT_MIN = 3;

    private final Path arduinoCli;
    private final Map<String, String> environment;
    private final BootloaderTouch touch;

    public UploadRunner(Path arduinoCli, Map<String, String> environment, BootloaderTouch touch) {
        this.arduinoCli = arduinoCli;
        this.environment = Map.copyOf(environment);
        this.touch = touch;
    }

    /** The libraries this arduino-cli has installed, where they are. */
    public InstalledLibraries libraries() {
        return new InstalledLibraries(arduinoCli, environment);
    }

    public UploadResult compileAndUpload(Path sketchFolder, String port, UploadListener listener)
            throws IOException, InterruptedException {
        List<String> output = new ArrayList<>();
        listener.stage(UploadListener.Stage.COMPILING);
        listener.progress(0);
        Run compile = run(List.of("compile", "--fqbn", SketchBuilder.FQBN, sketchFolder.toString()), output, listener,
                0, COMPILE_LIMIT_MIN);
        if (compile.exit != 0) {
            return new UploadResult(false, ArduinoCliOutput.problem(compile.lines), output);
        }
        listener.progress(0.5);
        listener.stage(UploadListener.Stage.UPLOADING);
        Run upload = run(uploadArgs(sketchFolder, port), output, listener, 0.5, UPLOAD_LIMIT_MIN);
        if (upload.exit != 0) {
            UploadProblem problem = ArduinoCliOutput.problem(upload.lines);
            if (problem.kind() != UploadProblem.Kind.NO_DEVICE || touch == null) {
                return new UploadResult(false, problem, output);
            }
            listener.stage(UploadListener.Stage.RESETTING);
            String bootPort = touch.resetToBootloader(port);
            listener.stage(UploadListener.Stage.UPLOADING);
            upload = run(uploadArgs(sketchFolder, bootPort), output, listener, 0.5, UPLOAD_LIMIT_MIN);
            if (upload.exit != 0) {
                return new UploadResult(false, ArduinoCliOutput.problem(upload.lines), output);
            }
        }
        listener.progress(1);
        listener.stage(UploadListener.Stage.DONE);
        return new UploadResult(true, null, output);
    }

    private static List<String> uploadArgs(Path sketchFolder, String port) {
        return List.of("upload", "--fqbn", SketchBuilder.FQBN, "--port", port, sketchFolder.toString());
    }

    private record Run(int exit, List<String> lines) {
    }

    private Run run(List<String> args, List<String> output, UploadListener listener, double base, long limitMinutes)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(arduinoCli.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            // bossac redraws its bar with '\r': treat it as a line end so the bar moves.
            while ((c = r.read()) >= 0) {
                if (c == '\n' || c == '\r') {
                    if (line.length() > 0) {
                        deliver(line.toString(), lines, output, listener, base);
                        line.setLength(0);
                    }
                } else {
                    line.append((char) c);
                }
            }
            if (line.length() > 0) {
                deliver(line.toString(), lines, output, listener, base);
            }
        }
        if (!p.waitFor(limitMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Run(-1, lines);
        }
        return new Run(p.exitValue(), lines);
    }

    private static void deliver(String line, List<String> lines, List<String> output, UploadListener listener, double base) {
        lines.add(line);
        output.add(line);
        listener.line(line);
        OptionalInt pct = ArduinoCliOutput.percent(line);
        if (pct.isPresent() && base > 0) {
            listener.progress(base + 0.5 * pct.getAsInt() / 100.0);
        }
    }
}
