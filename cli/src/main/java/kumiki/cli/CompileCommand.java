package kumiki.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.Problem;
import kumiki.codegen.SketchBuilder;
import kumiki.device.upload.ArduinoCliLocator;
import kumiki.device.upload.InstalledLibraries;
import kumiki.project.Project;
import kumiki.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kumiki compile PROJECT.kumiki -o DIR}: writes DIR/Name/Name.ino and sketch.yaml. */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Turn a project into an Arduino sketch folder (Name/Name.ino and sketch.yaml).")
public final class CompileCommand extends ProjectCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Folder to write the sketch folder into.")
    Path output;

    @Option(names = "--arduino-cli", paramLabel = "PATH",
            description = "Use this arduino-cli to find libraries that are built with the sketch "
                    + "(a Teach program's TensorFlow Lite), instead of searching PATH and the Arduino IDE.")
    String arduinoCli;

    @Override
    public Integer call() throws Exception {
        Project p = ProjectFile.read(project);
        CompileResult result = KumikiCompiler.compile(p);
        if (result.refusal().isPresent()) {
            throw new BadInputException(result.refusal().get().message());
        }
        SketchBuilder sketch = SketchBuilder.of(p.name(), result);
        if (!sketch.notBuiltWithTheSketch().isEmpty()) {
            // As Export and Upload do: a Teach sketch carries its own copy of TFLM, which arduino-cli knows where to find.
            Optional<Path> cli = ArduinoCliLocator.forThisMachine().find(arduinoCli);
            if (cli.isPresent()) {
                sketch.vendoringFrom(new InstalledLibraries(cli.get(), Map.of()).asLibraryFolders());
            }
        }
        Path ino = writeSketch(output, sketch);
        for (String library : sketch.notBuiltWithTheSketch()) {
            spec.commandLine().getErr().println("! " + KumikiCli.WORDS.get("cli.notBuiltWithTheSketch", library));
        }
        if (jsonOption.json) {
            ObjectNode n = Json.object();
            n.put("ok", true);
            n.put("sketch", ino.toString());
            n.put("sketchYaml", ino.resolveSibling("sketch.yaml").toString());
            n.set("besideIno", Json.MAPPER.valueToTree(result.besideIno().keySet()));
            n.put("fqbn", SketchBuilder.FQBN);
            n.set("problems", Json.problems(result.problems()));
            spec.commandLine().getOut().println(n);
        } else {
            for (Problem problem : result.problems()) {
                spec.commandLine().getErr().println("! " + problem.message());
            }
            spec.commandLine().getOut().println(KumikiCli.WORDS.get("cli.ok", ino));
        }
        return KumikiCli.OK;
    }
}
