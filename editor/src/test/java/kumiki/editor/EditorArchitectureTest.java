package kumiki.editor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "kumiki", importOptions = ImportOption.DoNotIncludeTests.class)
class EditorArchitectureTest {
    @ArchTest
    static final ArchRule viewModelsNeedNoScreen = noClasses()
            .that().resideInAPackage("kumiki.editor")
            .and().doNotHaveSimpleName("KumikiApp")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.web..")
            .because("view models are tested without a screen; only kumiki.editor.ui and the Blockly host draw");

    @ArchTest
    static final ArchRule webViewOnlyInTheBlocklyHost = noClasses()
            .that().resideOutsideOfPackage("kumiki.editor.blockly..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("one class owns the page and its narrow bridge; nothing else may script it");

    @ArchTest
    static final ArchRule theCompilerStaysHeadless = noClasses()
            .that().resideInAnyPackage("kumiki.blocks..", "kumiki.codegen..", "kumiki.project..", "kumiki.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the compiler and command line run without a screen");

    @ArchTest
    static final ArchRule theDeviceLinkNeedsNoScreen = noClasses()
            .that().resideInAPackage("kumiki.device..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("ports, capture and upload also run from the command line and in tests without a window");

    @ArchTest
    static final ArchRule onlyLaunchersPrint = noClasses()
            .that().resideOutsideOfPackages("kumiki.cli..", "kumiki.app..", "kumiki.device.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the window reports through its status bar and dialogs");
}
