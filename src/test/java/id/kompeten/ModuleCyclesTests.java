package id.kompeten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No feature package depends on one that depends back on it, however long the way round: each can be read and
 * changed from the bottom up (employee, process, system, language at the bottom, demo at the top).
 */
class ModuleCyclesTests {

    static final JavaClasses KOMPETEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.kompeten");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("id.kompeten.(*)..").should().beFreeOfCycles().check(KOMPETEN);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage("id.kompeten.demo..")
                .should().dependOnClassesThat().resideInAPackage("id.kompeten.demo..").check(KOMPETEN);
    }
}
