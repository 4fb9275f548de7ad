package cn.yanshan.ledger;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rules of docs/architecture.md, held by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.yanshan.ledger");
    }

    @Test
    void onlyUiPackagesUseJavaFxOrControlsFx() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void logicDoesNotDependOnTheUserInterface() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("cn.yanshan.ledger.Launcher")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void onlyStoresAndTheDatabaseTouchGeneratedJooqClasses() {
        noClasses().that().resideOutsideOfPackage("cn.yanshan.ledger.db..")
                .and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().resideInAPackage("cn.yanshan.ledger.db.generated..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        // jOOQ's generated classes refer to each other across their own packages; they are not ours to layer
        JavaClasses ours = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/db/generated/"))
                .importPackages("cn.yanshan.ledger");
        slices().matching("cn.yanshan.ledger.(**)")
                .should().beFreeOfCycles()
                .check(ours);
    }
}
