package kumiki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules that keep the block language and the compiler usable without a screen. */
@AnalyzeClasses(packages = "kumiki", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFxOutsideTheEditor = noClasses()
            .that().resideInAnyPackage("kumiki.blocks..", "kumiki.codegen..", "kumiki.project..", "kumiki.cli..", "kumiki.ml..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "netscape..")
            .because("the compiler, the ML core and the command line must run headless, in CI and on a teacher's server");

    @ArchTest
    static final ArchRule mlKnowsNothingOfBlocksOrProjects = noClasses()
            .that().resideInAPackage("kumiki.ml..")
            .should().dependOnClassesThat().resideInAnyPackage("kumiki.codegen..", "kumiki.project..", "kumiki.cli..",
                    "kumiki.blocks..", "kumiki.editor..")
            .because("arrows point one way: codegen -> ml, editor -> ml");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("kumiki.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library code reports through results and exceptions; only the CLI decides what to print");

    @ArchTest
    static final ArchRule blocksDoNotDependOnTheCompiler = noClasses()
            .that().resideInAPackage("kumiki.blocks..")
            .should().dependOnClassesThat().resideInAnyPackage("kumiki.codegen..", "kumiki.project..", "kumiki.cli..")
            .because("arrows point one way: codegen -> blocks");
}
