package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kumiki.device.DeviceException;
import kumiki.device.upload.ArduinoCliLocator;
import kumiki.device.upload.BootloaderTouch;
import kumiki.device.upload.ProjectUploader;
import kumiki.device.upload.UploadListener;
import kumiki.device.upload.UploadProblem;
import kumiki.device.upload.UploadResult;
import kumiki.device.upload.UploadRunner;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kumiki upload PROJECT.kumiki --port P}: compile with arduino-cli and put the program on the board. */
@Command(name = "upload", mixinStandardHelpOptions = true,
        description = "Compile a project with arduino-cli and upload it to the Wio Terminal on PORT.")
public final class UploadCommand extends KumikiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT.kumiki", description = "The project to upload.")
    Path project;

    @Option(names = "--port", required = true, paramLabel = "P", description = "The board's serial port.")
    String port;

    @Option(names = "--arduino-cli", paramLabel = "PATH", description = "Use this arduino-cli instead of searching PATH and the Arduino IDE.")
    String arduinoCli;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectFile.read(project);
        Path cli = ArduinoCliLocator.forThisMachine().find(arduinoCli)
                .orElseThrow(() -> new BadInputException(new UploadProblem(UploadProblem.Kind.NO_ARDUINO_CLI, "", 0, null)
                        .message(Locale.getDefault())));
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = jsonOption.json;
        UploadRunner runner = new UploadRunner(cli, Map.of(), BootloaderTouch.forThisMachine());
        Path work = Files.createTempDirectory("kumiki-upload");
        UploadResult r = new ProjectUploader(runner, work).upload(p, port, new UploadListener() {
            private Stage stage = Stage.COMPILING;

            @Override
            public void stage(Stage s) {
                stage = s;
            }

            @Override
            public void progress(double fraction) {
                if (!quiet) {
                    ProgressBar.draw(err, fraction, DeviceException.WORDS.get("cli.upload." + stage.name().toLowerCase(Locale.ROOT)));
                }
            }
        });
        if (!quiet) {
            err.println();
        }
        if (quiet) {
            ObjectNode n = Json.object();
            n.put("ok", r.ok());
            if (!r.ok()) {
                ObjectNode e = n.putObject("problem");
                e.put("kind", r.problem().kind().name().toLowerCase(Locale.ROOT));
                e.put("message", r.problem().message(Locale.getDefault()));
                e.put("line", r.problem().line());
                e.put("blockId", r.problem().blockId());
            }
            spec.commandLine().getOut().println(n);
        } else if (r.ok()) {
            spec.commandLine().getOut().println(DeviceException.WORDS.get("cli.upload.ok", p.name(), port));
        } else {
            err.println(r.problem().message(Locale.getDefault()));
        }
        return r.ok() ? KumikiCli.OK : KumikiCli.FINDINGS;
    }
}
