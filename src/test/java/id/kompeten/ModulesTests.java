package id.kompeten;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The features are Spring Modulith's application modules (each a package under {@code id.kompeten}): none depends on
 * one that depends back on it, however long the way round, none reaches into another's internals (a sub-package not
 * named as an interface), and nothing depends on the demo at the top. The build writes their documentation (a
 * diagram per module, each module's canvas) to {@code target/spring-modulith-docs}; the picture of the whole is kept
 * in {@code docs/modules.svg} for the README, and this test fails when the code no longer matches it.
 */
class ModulesTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KompetenApplication.class);

    static final Path GENERATED = Path.of("target", "spring-modulith-docs");
    static final Path KEPT = Path.of("docs");

    @Test
    void featuresAreModulesWithoutCyclesOrReachingIntoAnother() {
        MODULES.verify();
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage("id.kompeten.demo..")
                .should().dependOnClassesThat().resideInAPackage("id.kompeten.demo..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("id.kompeten"));
    }

    /**
     * Writes the modules' documentation and renders the whole as SVG. Run with {@code -Dkompeten.docs.update=true}
     * to copy the new picture into docs/ after a change of the modules' dependencies.
     */
    @Test
    void theModulesPictureInTheReadmeIsTheCodes() throws IOException {
        DiagramOptions diagrams = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        new Documenter(MODULES).writeDocumentation(diagrams, Documenter.CanvasOptions.defaults());

        String whole = inStableOrder(Files.readString(GENERATED.resolve("components.puml")));
        Files.writeString(GENERATED.resolve("components.puml"), whole);
        Files.writeString(GENERATED.resolve("components.svg"), svg(whole));
        try (var modules = Files.newDirectoryStream(GENERATED, "module-*.puml")) {
            for (Path module : modules) {
                Path picture = GENERATED.resolve(module.getFileName().toString().replace(".puml", ".svg"));
                Files.writeString(picture, svg(Files.readString(module)));
            }
        }

        if (Boolean.getBoolean("kompeten.docs.update")) {
            Files.copy(GENERATED.resolve("components.puml"), KEPT.resolve("modules.puml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(GENERATED.resolve("components.svg"), KEPT.resolve("modules.svg"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(KEPT.resolve("modules.puml")))
                .as("docs/modules.puml is the modules as the code has them (after a change of the modules' "
                        + "dependencies: ./mvnw verify -Dkompeten.docs.update=true, then commit docs/modules.*)")
                .isEqualTo(whole);
        assertThat(KEPT.resolve("modules.svg")).isNotEmptyFile();
    }

    /**
     * The same diagram whatever order the modules' dependencies were found in (it varies from one JVM to the next):
     * the modules and the arrows between them sorted, each kind where its lines stand.
     */
    static String inStableOrder(String plantUml) {
        List<String> lines = new ArrayList<>(plantUml.lines().toList());
        for (java.util.function.Predicate<String> kind : List.<java.util.function.Predicate<String>>of(
                line -> line.startsWith("component "), line -> line.contains(".>"))) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (kind.test(lines.get(i))) {
                    at.add(i);
                }
            }
            List<String> sorted = at.stream().map(lines::get).sorted().toList();
            for (int i = 0; i < at.size(); i++) {
                lines.set(at.get(i), sorted.get(i));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** PlantUML's own layout engine (Smetana), so that no Graphviz needs installing. */
    static String svg(String plantUml) throws IOException {
        String withLayout = plantUml.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SourceStringReader(withLayout).outputImage(out, new FileFormatOption(FileFormat.SVG));
        return out.toString(StandardCharsets.UTF_8);
    }
}
