package arbiter;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import arbiter.archfixture.tables.owner.FixtureEntity;

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
 * penalty, event           penalties, points, measures, notices, appeals; the case events the platform is
 *                          pushed and reads (neither uses the other)
 * dispute                  disputes, claims, notes, timeline, the queue, SLA
 * evidence                 chat, photos, party statements, evidence requests
 * ruling                   rulings, clauses, refunds
 * intake, casefile,        side by side, none using another: the platform's API; the case page, which
 * seller, supervision,     gathers dispute, evidence, ruling, notes and timeline; the seller's portal;
 * home, search             approvals, appeals, QA, statistics and the audit log; each role's start page;
 *                          the search box over every case (staff) and over a shop's cases (sellers)
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
            List.of("penalty", "event"),
            List.of("dispute"),
            List.of("evidence"),
            List.of("ruling"),
            List.of("intake", "casefile", "seller", "supervision", "home", "search"),
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
                .and().doNotHaveFullyQualifiedName("arbiter.ruling.ClauseForm")
                .and().doNotHaveFullyQualifiedName("arbiter.ruling.TemplateForm")
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

    // == Table ownership ================================================================================================

    /**
     * Read models: the classes that deliberately read several features' tables in one query, because a page or a
     * report needs them joined (issue 14). Only these may read another feature's entities or tables; each says in
     * its Javadoc what it joins.
     */
    static final Set<String> READ_MODELS = Set.of(
            "arbiter.dispute.DisputeQueue", // the queue: disputes with their shop's name and points, reused photos
            "arbiter.dispute.PartyRecords", // the buyer's and the shop's record: their disputes, the shop's points
            "arbiter.seller.ShopPoints", // the seller's points page: each entry with the ruling behind it
            "arbiter.supervision.Statistics", // rulings, appeals and penalties counted per period
            "arbiter.supervision.StatisticsSnapshot", // its statements: V30's day counts, rulings for the medians
            "arbiter.supervision.QaSampling", // rulings drawn for quality review
            "arbiter.audit.AuditLog", // the audit page: events with the case number of their dispute
            "arbiter.search.CaseSearch", // the search: disputes, shops, chat, captions, statements and notes
            "arbiter.evidence.ReusedPhotos", // reused photos with their cases, shops and rulings
            "arbiter.ruling.Precedents"); // the rulings of close cases: rulings with their disputes and shops

    /** Tables that no entity maps, and the feature that owns each. */
    static final Map<String, String> UNMAPPED_TABLES = Map.of(
            "dispute_status_counts", "dispute",
            "queue_changes", "dispute",
            "mail_outbox", "mail",
            "staff_notices", "identity",
            "ruling_drafts", "casefile",
            "photo_matches", "evidence",
            "ruling_day_counts", "supervision");

    @Test
    void eachEntityIsUsedOnlyByItsFeatureOrAReadModel() {
        assertNone("entity", entityCrossings(MAIN, "arbiter", c -> c.isAnnotatedWith(Entity.class)));
    }

    @Test
    void eachTableIsQueriedOnlyByItsFeatureOrAReadModel() {
        Map<String, String> owners = new LinkedHashMap<>(UNMAPPED_TABLES);
        owners.putAll(tableOwners(MAIN, "arbiter", c -> c.isAnnotatedWith(Entity.class)
                ? Optional.of(c.getAnnotationOfType(Table.class).name())
                : Optional.empty()));
        assertNone("table", tableCrossings(Path.of("src/main/java/arbiter"), owners));
    }

    /** The ownership rules catch what they are for: a fixture class that reads another package's entity and table. */
    @Test
    void theOwnershipRulesCatchAForeignEntityAndAForeignTable() {
        JavaClasses fixture = new ClassFileImporter().importPackages("arbiter.archfixture.tables");
        Predicate<JavaClass> entity = c -> c.isAnnotatedWith(FixtureEntity.class);
        assertEquals(Set.of("other.Peeker -> owner.Thing"),
                entityCrossings(fixture, "arbiter.archfixture.tables", entity));
        Map<String, String> owners = tableOwners(fixture, "arbiter.archfixture.tables",
                c -> entity.test(c) ? Optional.of(c.getAnnotationOfType(FixtureEntity.class).table()) : Optional.empty());
        assertEquals(Map.of("things", "owner", "Thing", "owner"), owners);
        assertEquals(Set.of("other.Peeker -> things", "other.Peeker -> Thing"),
                tableCrossings(Path.of("src/test/java/arbiter/archfixture/tables"), owners));
    }

    private static void assertNone(String kind, Set<String> found) {
        assertTrue(found.isEmpty(), "another feature's " + kind + " used outside the read models (call the owner's"
                + " service, or name a read model in READ_MODELS): " + found);
    }

    /**
     * Each use of an entity from a class of another feature, as "feature.Class -> feature.Entity" (nested classes
     * count as their outermost class). Entities may name other features' entities (a JPA association is a foreign
     * key); read models may use any.
     */
    static Set<String> entityCrossings(JavaClasses classes, String root, Predicate<JavaClass> isEntity) {
        Set<String> crossings = new TreeSet<>();
        for (JavaClass c : classes) {
            JavaClass top = outermost(c);
            if (isEntity.test(top) || READ_MODELS.contains(top.getName())) {
                continue;
            }
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = d.getTargetClass();
                if (isEntity.test(target) && !feature(root, target).equals(feature(root, top))) {
                    crossings.add(feature(root, top) + "." + top.getSimpleName() + " -> " + feature(root, target) + "."
                            + target.getSimpleName());
                }
            });
        }
        return crossings;
    }

    /**
     * The feature that owns each entity's table, by the names queries use for it: the table's (native SQL) and the
     * entity's (JPQL and HQL).
     */
    static Map<String, String> tableOwners(JavaClasses classes, String root, Function<JavaClass, Optional<String>> table) {
        Map<String, String> owners = new TreeMap<>();
        for (JavaClass c : classes) {
            table.apply(c).ifPresent(name -> {
                owners.put(name, feature(root, c));
                owners.put(c.getSimpleName(), feature(root, c));
            });
        }
        return owners;
    }

    private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_]+)\\b");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    /**
     * Each query, native or JPQL, over another feature's table, read from the sources under {@code dir} (the compiled classes
     * do not keep a query's text apart from other strings): "feature.Class -> table". Comments are not read.
     */
    static Set<String> tableCrossings(Path dir, Map<String, String> owners) {
        Set<String> crossings = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = dir.relativize(file).getName(0).toString();
                String className = file.getFileName().toString().replace(".java", "");
                String qualified = "arbiter." + feature + "." + className;
                if (READ_MODELS.contains(qualified)) {
                    continue;
                }
                Matcher m = SQL_TABLE.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" "));
                while (m.find()) {
                    String owner = owners.get(m.group(1));
                    if (owner != null && !owner.equals(feature)) {
                        crossings.add(feature + "." + className + " -> " + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crossings;
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static String feature(String root, JavaClass c) {
        return c.getPackageName().substring(root.length() + 1).split("\\.")[0];
    }
}
