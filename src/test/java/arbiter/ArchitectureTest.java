package arbiter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code between features (issue 14), checked on the compiled main classes: the feature packages
 * form a directed graph without cycles, each package depends only on the layers below its own, and the
 * shared layers ({@code system}, {@code money}, {@code web}) depend on no feature.
 *
 * <p>
 * The layers, bottom to top ({@link #LAYERS}; a package may use those of the layers below its own):
 *
 * <pre>
 * system, money            the kernel: clock, zone, client-input policy, money in fen
 * web                      layout, i18n, flash, errors, CSRF, filters, template formatting
 * mail, shop               the mail outbox; shops (neither uses the other)
 * identity                 sign-in, sign-out, session ending, staff directory
 * audit                    the audit trail: record, read by target, verify
 * penalty                  penalties, points, measures, notices, appeals
 * dispute                  disputes, claims, notes, timeline, the queue, SLA
 * evidence                 chat, photos, party statements, evidence requests
 * ruling                   rulings, clauses, refunds
 * intake, casefile,        side by side, none using another: the platform's API; the case page, which
 * seller, supervision,     gathers dispute, evidence, ruling, notes and timeline; the seller's portal;
 * home                     approvals, appeals, QA, statistics and the audit log; each role's start page
 * demo                     the first run's history
 * </pre>
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("arbiter");

    /**
     * The layers, bottom to top, as the graph above draws them: a package may depend on the packages of the layers
     * below its own, never on one of its own layer or above.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("system", "money"),
            List.of("web"),
            List.of("mail", "shop"),
            List.of("identity"),
            List.of("audit"),
            List.of("penalty"),
            List.of("dispute"),
            List.of("evidence"),
            List.of("ruling"),
            List.of("intake", "casefile", "seller", "supervision", "home"),
            List.of("demo"));

    /** Each package and the packages it may depend on (besides itself and anything outside {@code arbiter}). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        Set<String> below = new LinkedHashSet<>();
        for (List<String> layer : LAYERS) {
            layer.forEach(pkg -> ALLOWED.put(pkg, Collections.unmodifiableSet(new LinkedHashSet<>(below))));
            below.addAll(layer);
        }
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("arbiter.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsPlacedInTheGraph() {
        Set<String> found = new TreeSet<>();
        MAIN.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length >= 2) {
                found.add(parts[1]);
            }
        });
        assertTrue(ALLOWED.keySet().containsAll(found), "packages not placed in ALLOWED: " + found.stream()
                .filter(p -> !ALLOWED.containsKey(p)).toList());
    }

    @Test
    void eachPackageDependsOnlyOnThePackagesBelowIt() {
        ALLOWED.forEach((pkg, uses) -> dependsOnlyOn(pkg, uses).check(MAIN));
    }

    @Test
    void theSharedLayersDependOnNoFeature() {
        for (String shared : List.of("system", "money", "web")) {
            classes().that().resideInAPackage("arbiter." + shared + "..").should().onlyDependOnClassesThat(
                    resideOutsideOfPackage("arbiter..").or(resideInAnyPackage("arbiter.system..", "arbiter.money..",
                            "arbiter.web..")))
                    .check(MAIN);
        }
    }

    /**
     * Services speak in types, resources speak HTTP: outside the resources, the shared web layer and sign-in,
     * nothing uses JAX-RS (no service throws a NotFoundException or reads a request). The exceptions are request
     * shapes that only resources use: the ruling form's bean parameters, the API's problem responses, and the
     * demo's payment receiver, which is an endpoint itself.
     */
    @Test
    void onlyResourcesSpeakHttp() {
        onlyResourcesUseJaxRs().check(MAIN);
        assertTrue(onlyResourcesUseJaxRs().evaluate(new ClassFileImporter().importPackages("arbiter.archfixture.http"))
                .hasViolation(), "a service throwing NotFoundException breaks the rule");
    }

    private static ArchRule onlyResourcesUseJaxRs() {
        return noClasses().that().haveSimpleNameNotEndingWith("Resource")
                .and().resideOutsideOfPackages("arbiter.web..", "arbiter.identity..")
                .and().doNotHaveFullyQualifiedName("arbiter.ruling.RulingForm")
                .and().doNotHaveFullyQualifiedName("arbiter.intake.Problem")
                .and().areNotAnnotatedWith(jakarta.ws.rs.Path.class)
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");
    }

    /** The rules catch what they are for: a cycle and an upward dependency, in two packages made to have them. */
    @Test
    void theRulesFailOnACycleAndOnADependencyUpwards() {
        JavaClasses fixture = new ClassFileImporter().importPackages("arbiter.archfixture");
        assertTrue(slices().matching("arbiter.archfixture.(*)..").should().beFreeOfCycles().evaluate(fixture)
                .hasViolation(), "lower and upper use each other: a cycle");
        assertTrue(classes().that().resideInAPackage("arbiter.archfixture.lower..").should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("arbiter..")
                        .or(resideInAPackage("arbiter.archfixture.lower..")))
                .evaluate(fixture).hasViolation(), "lower uses upper: a dependency upwards");
        assertFalse(classes().that().resideInAPackage("arbiter.archfixture.upper..").should()
                .onlyDependOnClassesThat(resideOutsideOfPackage("arbiter..")
                        .or(resideInAnyPackage("arbiter.archfixture.upper..", "arbiter.archfixture.lower..")))
                .evaluate(fixture).hasViolation(), "upper may use lower");
    }

    private static ArchRule dependsOnlyOn(String pkg, Set<String> uses) {
        String[] allowed = Stream.concat(Stream.of(pkg), uses.stream())
                .map(p -> "arbiter." + p + "..").toArray(String[]::new);
        return classes().that().resideInAPackage("arbiter." + pkg + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("arbiter..").or(resideInAnyPackage(allowed)))
                .as("arbiter." + pkg + " depends only on " + Arrays.toString(uses.toArray()));
    }
}
