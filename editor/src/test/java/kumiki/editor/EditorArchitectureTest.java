package kumiki.editor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The editor's own rules; the command line's ArchitectureTest checks the modules below it. */
@AnalyzeClasses(packages = "kumiki.editor", importOptions = ProductionCode.class)
class EditorArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("kumiki.(**)").should().beFreeOfCycles()
            .because("view models must not reach back into the views that show them");

    @ArchTest
    static final ArchRule viewModelsNeedNoScreen = noClasses()
            .that().resideInAPackage("kumiki.editor")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.web..")
            .because("view models are tested without a screen; only kumiki.editor.ui and the Blockly host draw");

    @ArchTest
    static final ArchRule webViewOnlyInTheBlocklyHost = noClasses()
            .that().resideOutsideOfPackage("kumiki.editor.blockly..")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.web..")
            .because("one class owns the page and its narrow bridge; nothing else may script it");

    @ArchTest
    static final ArchRule theWindowNeverPrints = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the window reports through its status bar and dialogs; only the command line prints");
}
