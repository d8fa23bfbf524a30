package kumiki.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import kumiki.project.ProjectException;
import kumiki.project.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's logic, without a window. */
class EditorViewModelTest {
    static final String WS = "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_forever\",\"id\":\"f\",\"x\":0,\"y\":0}]}}";

    @TempDir
    Path dir;

    RecoveryStore recovery;
    EditorViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        recovery = new RecoveryStore(dir.resolve("recovery"));
        vm = new EditorViewModel(recovery, Runnable::run);
        vm.showSample("hello-screen");
    }

    /** Writes still queued must land before the temporary folder goes. */
    @org.junit.jupiter.api.AfterEach
    void finishWrites() {
        vm.awaitWrites();
    }

    /** Export of a Teach program copies tflm_cortexm into the sketch when arduino-cli has it, so it builds as it is. */
    @Test
    void exportCopiesTflmIntoATeachSketchWhereArduinoCliHasIt() throws Exception {
        Path tflm = dir.resolve("libraries/tflm_cortexm");
        Files.createDirectories(tflm.resolve("src"));
        Files.writeString(tflm.resolve("library.properties"), "name=tflm_cortexm\nversion=1.0.0\n");
        Files.writeString(tflm.resolve("src/tflm_cortexm.h"), "#pragma once\n");
        kumiki.project.Project teach = kumiki.codegen.TeachModels.motion("motion-robust").project().withWorkspace(
                "{\"blocks\":{\"languageVersion\":0,\"blocks\":[{\"type\":\"kumiki_teach_when_recognised\",\"id\":\"h\","
                + "\"x\":10,\"y\":10,\"fields\":{\"LABEL\":\"circle\"}}]}}");
        java.util.List<String> asked = new java.util.ArrayList<>();
        Path ino = vm.exportSketch(teach, dir.resolve("out"), lib -> {
            asked.add(lib.name() + "@" + lib.version());
            return java.util.Optional.of(tflm);
        });
        assertThat(asked).containsExactly("tflm_cortexm@1.0.0");
        assertThat(ino.getParent().resolve("src/tflm_cortexm/tflm_cortexm.h")).exists();
        assertThat(Files.readString(ino)).contains("#include \"src/tflm_cortexm/tflm_cortexm.h\"");

        // Without arduino-cli the sketch still names the library, for the Arduino IDE to find.
        Path plain = vm.exportSketch(teach, dir.resolve("plain"));
        assertThat(Files.readString(plain)).contains("#include <tflm_cortexm.h>");
        assertThat(plain.getParent().resolve("src")).doesNotExist();
    }

    /**
     * The blocks read only the labels in model.json, so a project whose .tflite is damaged looked ready
     * until Export. Opening it says so at once, in the window's language, and the good model of the
     * next project shows its headers beside the .ino again.
     */
    @Test
    void aProjectWhoseModelCannotBeUsedSaysSoWhenItOpens() throws Exception {
        kumiki.project.Project teach = kumiki.codegen.TeachModels.motion("motion-robust").project();
        Path broken = dir.resolve("broken.kumiki");
        ProjectFile.write(broken, teach.withFile("model/model.tflite", "not a model".getBytes()).withLanguage("ja"));
        vm.open(broken);
        String japanese = kumiki.codegen.KumikiCompiler.WORDS.get(java.util.Locale.JAPANESE, "teach.badModel", "");
        waitFor(() -> vm.statusProperty().get().startsWith(japanese));
        assertThat(vm.besideIno()).isEmpty();

        Path good = dir.resolve("good.kumiki");
        ProjectFile.write(good, teach);
        vm.open(good);
        waitFor(() -> vm.besideIno().size() == 2);
        assertThat(vm.besideIno()).extracting(EditorViewModel.SketchFile::name)
                .containsExactly(kumiki.codegen.TeachFiles.MODEL_HEADER, kumiki.codegen.TeachFiles.FEATURES_HEADER);
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(20);
        }
    }

    @Test
    void aChangeFromThePageMarksTheProjectUnsavedAndUpdatesTheCode() {
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.workspaceChanged(WS, "void loop() {}", 0, false, true, true, false);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.codeProperty().get()).isEqualTo("void loop() {}");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).startsWith("● Hello screen");
    }

    @Test
    void aStructuralChangeKeepsARecoveryCopyAtOnceAndSavingRemovesIt() throws Exception {
        vm.workspaceChanged(WS, "code", 0, true, true, true, false);
        vm.awaitWrites(); // written on the writer thread, never the FX thread
        assertThat(recovery.file()).exists();
        assertThat(recovery.find()).get().satisfies(r -> assertThat(r.project().workspaceJson()).contains("kumiki_forever"));

        Path file = dir.resolve("mine.kumiki");
        vm.saveAs(file);
        vm.awaitWrites();
        assertThat(recovery.file()).doesNotExist();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(ProjectFile.read(file).workspaceJson()).contains("kumiki_forever");
        assertThat(ProjectFile.read(file).name()).isEqualTo("mine");
    }

    @Test
    void theTimerKeepsARecoveryCopyOnlyWhenThereAreUnsavedChanges() {
        vm.autosaveTick();
        vm.awaitWrites();
        assertThat(recovery.file()).doesNotExist();
        vm.workspaceChanged(WS, "code", 0, false, true, true, false);
        vm.awaitWrites();
        assertThat(recovery.file()).doesNotExist();
        vm.autosaveTick();
        vm.awaitWrites();
        assertThat(recovery.file()).exists();
    }

    @Test
    void afterACrashTheNextStartOffersTheWorkBack() throws Exception {
        Path file = dir.resolve("game.kumiki");
        vm.saveAs(file);
        vm.workspaceChanged(WS, "code", 0, true, true, true, false);
        // The app dies here: no save, no clean close.

        vm.awaitWrites();
        EditorViewModel next = new EditorViewModel(recovery, Runnable::run);
        assertThat(next.pendingRecovery()).get().satisfies(r -> assertThat(r.original()).isEqualTo(file.toAbsolutePath()));
        next.restore(next.pendingRecovery().orElseThrow());
        assertThat(next.project().workspaceJson()).contains("kumiki_forever");
        assertThat(next.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(next.dirtyProperty().get()).as("restored work is not saved yet").isTrue();
    }

    @Test
    void aBadFileIsRefusedAndTheOpenProjectStays() throws Exception {
        Path bad = dir.resolve("bad.kumiki");
        Files.writeString(bad, "garbage");
        vm.workspaceChanged(WS, "code", 0, false, true, true, false);
        assertThatThrownBy(() -> vm.open(bad)).isInstanceOf(ProjectException.class);
        assertThat(vm.project().workspaceJson()).contains("kumiki_forever");
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void exportWritesTheSketchFolder() throws Exception {
        Path ino = vm.exportSketch(dir.resolve("export"));
        assertThat(ino).hasFileName("Hello_screen.ino");
        assertThat(Files.readString(ino)).contains("kumiki_drawText(\"Hello!\"");
        assertThat(ino.resolveSibling("sketch.yaml")).exists();
    }

    @Test
    void switchingLanguageKeepsTheWorkspaceAndRetitles() {
        vm.workspaceChanged(WS, "code", 0, false, true, true, false);
        vm.languageProperty().set("ja");
        assertThat(vm.project().language()).isEqualTo("ja");
        assertThat(vm.project().workspaceJson()).contains("kumiki_forever");
        vm.newProject();
        assertThat(vm.project().name()).isEqualTo("なまえなし");
    }

    @Test
    void aRecordedExampleGoesIntoTheSavedFileAtOnceWithoutSavingUnsavedBlocks() throws Exception {
        Path file = dir.resolve("Piano.kumiki");
        vm.saveAs(file);
        String savedBlocks = kumiki.project.ProjectFile.read(file).workspaceJson();
        vm.workspaceChanged(WS, "void loop() {}", 0, true, true, true, false);   // the child changed the blocks

        String name = vm.addSample("wave", "csv", "timestamp,accX,accY,accZ\n0,0,0,1\n".getBytes());
        vm.awaitWrites();

        assertThat(name).isEqualTo("wave.s1.001.csv");
        kumiki.project.Project onDisk = kumiki.project.ProjectFile.read(file);
        assertThat(onDisk.files()).containsKey("data/wave.s1.001.csv");
        assertThat(onDisk.workspaceJson()).isEqualTo(savedBlocks);
        assertThat(vm.dirtyProperty().get()).as("the block change is still unsaved").isTrue();
        assertThat(vm.sampleCounts()).containsEntry("wave", 1);
        assertThat(vm.addSample("wave", "csv", new byte[] {1})).isEqualTo("wave.s1.002.csv");
    }

    /**
     * A burst of changes costs one recovery write, the newest; a save between two changes still
     * clears the copy before the next one is written, so the copy on disk is always the latest state.
     */
    @Test
    void recoveryCopiesAreMergedNewestFirstAndNeverOutliveASave() throws Exception {
        Path file = dir.resolve("burst.kumiki");
        for (int i = 0; i < 50; i++) {
            vm.workspaceChanged(WS.replace("kumiki_forever", i == 49 ? "kumiki_forever" : "kumiki_on_start"), "code", 0, true, true,
                    true, false);
        }
        vm.awaitWrites();
        assertThat(recovery.find()).get().satisfies(r -> assertThat(r.project().workspaceJson()).contains("kumiki_forever"));
        vm.saveAs(file);
        vm.workspaceChanged(WS, "code", 0, true, true, true, false);
        vm.awaitWrites();
        assertThat(recovery.file()).exists();
        vm.save();
        vm.awaitWrites();
        assertThat(recovery.file()).doesNotExist();
    }

    @Test
    void anUnsavedProjectKeepsItsExampleInTheRecoveryCopy() throws Exception {
        vm.addSample("clap", "wav", new byte[] {1, 2, 3});
        vm.awaitWrites();
        assertThat(kumiki.project.ProjectFile.read(dir.resolve("recovery/recovery.kumiki")).files())
                .containsKey("data/clap.s1.001.wav");
    }
}
