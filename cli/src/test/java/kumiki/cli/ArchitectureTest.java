package kumiki.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules Maven cannot express, over every module the command line sees (all but the editor, whose own
 * test checks it). Which module may use which is Maven's job: a module simply cannot import what it
 * does not depend on, so no rule here repeats that.
 */
@AnalyzeClasses(packages = "kumiki", importOptions = ProductionCode.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("kumiki.(**)").should().beFreeOfCycles()
            .because("a package that needs another that needs it back cannot be understood, tested or moved on its own");

    @ArchTest
    static final ArchRule noJavaFxOutsideTheEditor = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "netscape..")
            .because("the compiler, the ML core, the board link and the command line run headless, in CI and on a teacher's server");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("kumiki.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("library code reports through results and exceptions; only the command line decides what to print");
}
