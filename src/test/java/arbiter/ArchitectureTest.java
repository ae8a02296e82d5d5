package arbiter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code between features (issue 14), checked on the compiled main classes: the feature packages
 * form a directed graph without cycles, each package depends only on the packages listed for it below, and the
 * shared layers ({@code system}, {@code money}, {@code web}) depend on no feature.
 *
 * <p>The graph, bottom to top (a package may use those listed for it, never one above it):
 * <pre>
 * system, money            the kernel: clock, zone, client-input policy, money in fen
 * web                      layout, i18n, flash, errors, CSRF, filters, template formatting
 * mail, shop               the mail outbox; shops
 * identity                 sign-in, sign-out, session ending, staff directory
 * audit                    the audit trail: record, read by target, verify
 * penalty                  penalties, points, measures, notices, appeals
 * dispute                  disputes, claims, notes, timeline, the queue, SLA
 * evidence                 chat, photos, party statements, evidence requests
 * ruling                   rulings, clauses, refunds
 * intake                   the platform's API
 * casefile                 the case page: gathers dispute, evidence, ruling, notes and timeline
 * seller                   the seller's portal
 * supervision              approvals, appeals, QA, statistics, the audit log
 * home                     each role's start page
 * demo                     the first run's history
 * </pre>
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("arbiter");

    /** Each package and the packages it may depend on (besides itself and anything outside {@code arbiter}). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("system");
        allow("money");
        allow("web", "system", "money");
        allow("mail", "system", "web");
        allow("shop");
        allow("identity", "system", "web");
        allow("audit", "system", "web", "identity");
        allow("penalty", "system", "money", "web", "mail", "shop", "identity", "audit");
        allow("dispute", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty");
        allow("evidence", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute");
        allow("ruling", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence");
        allow("intake", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence", "ruling");
        allow("casefile", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence", "ruling");
        allow("seller", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence", "ruling");
        allow("supervision", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence", "ruling");
        allow("home", "system", "money", "web", "identity", "penalty", "dispute", "ruling");
        allow("demo", "system", "money", "web", "mail", "shop", "identity", "audit", "penalty", "dispute",
                "evidence", "ruling", "intake", "seller", "supervision");
    }

    private static void allow(String pkg, String... uses) {
        ALLOWED.put(pkg, Set.of(uses));
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("arbiter.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsPlacedInTheGraph() {
        Set<String> found = new java.util.TreeSet<>();
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
        String[] allowed = java.util.stream.Stream.concat(java.util.stream.Stream.of(pkg), uses.stream())
                .map(p -> "arbiter." + p + "..").toArray(String[]::new);
        return classes().that().resideInAPackage("arbiter." + pkg + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("arbiter..").or(resideInAnyPackage(allowed)))
                .as("arbiter." + pkg + " depends only on " + Arrays.toString(uses.toArray()));
    }
}
