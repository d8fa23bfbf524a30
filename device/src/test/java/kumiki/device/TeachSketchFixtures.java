package kumiki.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.project.Project;

/** What the Teach upload and compile tests share: an installed tflm_cortexm as arduino-cli lists it, and a Teach program. */
public final class TeachSketchFixtures {
    private TeachSketchFixtures() {
    }

    /**
     * A libraries folder holding a small stand-in for tflm_cortexm 1.0.0: its properties, and a header
     * that includes another from the library's root (the include Kumiki must make relative when it copies).
     */
    public static Path installedTflm(Path under) throws IOException {
        Path libraries = under.resolve("Arduino/libraries");
        Path tflm = libraries.resolve("tflm_cortexm");
        Files.createDirectories(tflm.resolve("src/tensorflow/lite"));
        Files.writeString(tflm.resolve("library.properties"), "name=tflm_cortexm\nversion=1.0.0\ndot_a_linkage=true\n");
        Files.writeString(tflm.resolve("src/tflm_cortexm.h"), "#include \"tensorflow/lite/micro.h\"\n");
        Files.writeString(tflm.resolve("src/tensorflow/lite/micro.h"), "#pragma once\n");
        return libraries;
    }

    /** The motion-robust test model's project with one Teach block, so its sketch needs TFLM. */
    public static Project teachProgram() throws Exception {
        return kumiki.codegen.TeachModels.motion("motion-robust").project().withWorkspace(
                "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_teach_when_recognised\",\"id\":\"h\","
                + "\"x\":10,\"y\":10,\"fields\":{\"LABEL\":\"circle\"}}]}}");
    }
}
