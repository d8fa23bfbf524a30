package kumiki.device.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kumiki.codegen.CompileResult;
import kumiki.codegen.KumikiCompiler;
import kumiki.codegen.SketchBuilder;
import kumiki.project.Project;

/**
 * Puts a project on the board: its sketch folder (with sketch.yaml) into a work folder, then
 * arduino-cli. A compiler error is traced back to the block that wrote the line, so the editor can
 * show the child which block to look at.
 */
public final class ProjectUploader {
    private final UploadRunner runner;
    private final Path workDir;

    public ProjectUploader(UploadRunner runner, Path workDir) {
        this.runner = runner;
        this.workDir = workDir;
    }

    public UploadResult upload(Project project, String port, UploadListener listener)
            throws IOException, InterruptedException {
        CompileResult compiled = KumikiCompiler.compile(project);
        if (!compiled.unknownTypes().isEmpty()) {
            return new UploadResult(false, new UploadProblem(UploadProblem.Kind.OTHER,
                    compiled.problems().get(0).message(), 0, null), List.of());
        }
        // tflm_cortexm does not link as a library (kumiki.codegen.VendoredLibrary): it goes into the sketch.
        SketchBuilder sketch = SketchBuilder.of(project.name(), compiled)
                .vendoringFrom(runner.libraries().asLibraryFolders());
        Path ino = sketch.writeTo(workDir);
        UploadResult result = runner.compileAndUpload(ino.getParent(), port, listener);
        if (!result.ok() && result.problem().kind() == UploadProblem.Kind.COMPILE_ERROR) {
            String block = KumikiCompiler.lines(project).blockAt(result.problem().line());
            return new UploadResult(false, result.problem().withBlock(block), result.output());
        }
        return result;
    }
}
