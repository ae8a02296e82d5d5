package arbiter.ruling;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Party;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The policy clauses a ruling may cite: the active version of each, with what it supports (V4, V18). Supervisors
 * write and retire them ({@link #write}, {@link #retire}); a change is a new version, so every ruling keeps the
 * version it cited. The active list is read at most once a minute, since every ruling form shows it; the ruling desk
 * checks the clause cited against the database itself, so a retired clause is refused at once.
 */
@ApplicationScoped
public class PolicyClauses {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The active clauses in code order, and what each supports, read together. */
    private record Active(List<PolicyClause> clauses, Map<PolicyClause.Key, ClauseSupport> support) {

        static Active of(List<PolicyClause> clauses) {
            Map<PolicyClause.Key, ClauseSupport> support = new LinkedHashMap<>();
            clauses.forEach(clause -> support.put(clause.key, clause.support()));
            return new Active(List.copyOf(clauses), java.util.Collections.unmodifiableMap(support));
        }
    }

    private final LoadingCache<String, Active> active = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(unused -> QuarkusTransaction.joiningExisting().call(() -> Active.of(
                    PolicyClause.<PolicyClause> list("active = true order by key.code, key.version"))));

    /**
     * A clause of the policy, in one version, as other features show it.
     *
     * @param code the clause's code ({@code QUAL-1})
     * @param version its version, from 1
     * @param titleEn its title in English
     * @param titleZh its title in Chinese
     * @param active whether rulings may cite this version now
     */
    public record Clause(String code, int version, String titleEn, String titleZh, boolean active) {
    }

    /**
     * The clause in that version, active or not (a ruling names the version it cited); empty when there is none.
     * Read from the database each time, not from the cache of the active ones.
     */
    public Optional<Clause> find(String code, int version) {
        return PolicyClause.<PolicyClause> findByIdOptional(new PolicyClause.Key(code, version))
                .map(c -> new Clause(c.key.code(), c.key.version(), c.titleEn, c.titleZh, c.active));
    }

    /** The active version of each clause, by code. */
    public List<PolicyClause> active() {
        return active.get("active").clauses();
    }

    /**
     * The active clauses as a ruling form offers them on a case whose {@code silent} parties let their evidence
     * period pass (DESIGN "a missed deadline returns the case to review flagged"): first those that fit such a party
     * ({@code forSilent}), then the others ({@code others}), each in the order of {@link #active()}.
     */
    public Offered offeredFor(Collection<Party> silent) {
        List<PolicyClause> forSilent = new ArrayList<>();
        List<PolicyClause> others = new ArrayList<>();
        for (PolicyClause clause : active()) {
            (clause.forNoAnswerFrom != null && silent.contains(clause.forNoAnswerFrom) ? forSilent : others).add(clause);
        }
        return new Offered(List.copyOf(forSilent), List.copyOf(others));
    }

    /** The active clauses split for a ruling form: those for a silent party first ({@link #offeredFor}). */
    public record Offered(List<PolicyClause> forSilent, List<PolicyClause> others) {

        /** The clause offered under that reference ({@code CODE/version}); empty for none (or null). */
        public Optional<PolicyClause> find(String reference) {
            return java.util.stream.Stream.concat(forSilent.stream(), others.stream())
                    .filter(clause -> clause.reference().equals(reference)).findFirst();
        }
    }

    /** The active clauses' keys with what each supports, in code order, as the ruling form's check reads them. */
    public Map<PolicyClause.Key, ClauseSupport> activeSupport() {
        return active.get("active").support();
    }

    /**
     * What the active version of the clause cited supports, read from the database in the caller's transaction;
     * empty when that version is not (or no longer) active.
     */
    Optional<ClauseSupport> citable(PolicyClause.Key key) {
        return PolicyClause.<PolicyClause> findByIdOptional(key).filter(clause -> clause.active)
                .map(PolicyClause::support);
    }

    /**
     * A clause as a supervisor writes it: every field of a version but its number.
     *
     * @param code the clause's code, {@code ^[A-Z][A-Z0-9]{0,9}-[0-9]{1,3}$}; a new code starts at version 1
     * @param titleEn its title in English, 1 to {@value ClauseDraftCheck#MAX_TITLE} characters
     * @param titleZh its title in Chinese, likewise
     * @param support what a ruling citing it may decide
     * @param forNoAnswerFrom the party whose silence it fits, or null
     */
    public record ClauseDraft(String code, String titleEn, String titleZh, ClauseSupport support, Party forNoAnswerFrom) {
    }

    /** The version written, and whether anything changed (writing the active version again writes nothing). */
    public record Written(PolicyClause.Key key, boolean changed) {
    }

    /**
     * Writes a clause: a new code gets version 1; a known one gets its next version, which becomes the one rulings
     * cite, and the version before is deactivated (kept for the rulings that cited it). The same content as the active
     * version writes nothing. Audited as {@link AuditAction#CLAUSE_WRITTEN} with both versions' declarations. Two
     * supervisors writing the same code at once are serialised by a transaction-scoped advisory lock on the code.
     */
    @Transactional
    public Written write(ClauseDraft draft, String supervisor) {
        lock(draft.code());
        List<PolicyClause> versions = versions(draft.code());
        Optional<PolicyClause> current = versions.stream().filter(c -> c.active).findFirst();
        if (current.isPresent() && same(current.get(), draft)) {
            return new Written(current.get().key, false);
        }
        int next = versions.stream().mapToInt(c -> c.key.version()).max().orElse(0) + 1;
        current.ifPresent(c -> {
            c.active = false;
            c.flush(); // one active version per code: the unique index sees the old one leave first
        });
        PolicyClause clause = new PolicyClause();
        clause.key = new PolicyClause.Key(draft.code(), next);
        clause.titleEn = draft.titleEn();
        clause.titleZh = draft.titleZh();
        clause.active = true;
        clause.forNoAnswerFrom = draft.forNoAnswerFrom();
        clause.outcomes = names(draft.support().outcomesInOrder());
        clause.responsibleParties = names(draft.support().partiesInOrder());
        clause.penaltyGrades = names(draft.support().gradesInOrder());
        clause.penaltyRequired = draft.support().penaltyRequired();
        clause.writtenBy = supervisor;
        clause.writtenAt = clock.instant();
        clause.persist();
        audit.record(AuditAction.CLAUSE_WRITTEN, Target.clause(draft.code()),
                current.map(PolicyClauses::summary).orElse(Map.of()), summary(clause));
        this.active.invalidateAll();
        return new Written(clause.key, true);
    }

    /**
     * Retires a clause: its active version is deactivated and no ruling may cite it; writing it again makes a new
     * active version. Audited as {@link AuditAction#CLAUSE_RETIRED}.
     *
     * @return false when the clause had no active version (nothing is written)
     */
    @Transactional
    public boolean retire(String code, String supervisor) {
        lock(code);
        Optional<PolicyClause> current = versions(code).stream().filter(c -> c.active).findFirst();
        if (current.isEmpty()) {
            return false;
        }
        current.get().active = false;
        audit.record(AuditAction.CLAUSE_RETIRED, Target.clause(code), summary(current.get()), Map.of("active", "false"));
        this.active.invalidateAll();
        return true;
    }

    /**
     * A clause with all its versions, the newest first, as the supervisors' page lists it.
     *
     * @param code the clause's code
     * @param versions every version, the newest first; at most one active
     */
    public record History(String code, List<PolicyClause> versions) {

        /** The active version, or empty for a retired clause. */
        public Optional<PolicyClause> current() {
            return versions.stream().filter(c -> c.active).findFirst();
        }

        /** The newest version, active or not. */
        public PolicyClause latest() {
            return versions.get(0);
        }
    }

    /** Every clause ever written, by code, with its versions (a few dozen rows: read whole). */
    public List<History> histories() {
        Map<String, List<PolicyClause>> byCode = new LinkedHashMap<>();
        PolicyClause.<PolicyClause> list("order by key.code, key.version desc")
                .forEach(c -> byCode.computeIfAbsent(c.key.code(), unused -> new ArrayList<>()).add(c));
        return byCode.entrySet().stream().map(e -> new History(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** The clause with all its versions; empty for a code never written. */
    public Optional<History> history(String code) {
        List<PolicyClause> versions = versions(code);
        return versions.isEmpty() ? Optional.empty() : Optional.of(new History(code, versions));
    }

    private static List<PolicyClause> versions(String code) {
        return PolicyClause.list("key.code = ?1 order by key.version desc", code);
    }

    private static void lock(String code) {
        PolicyClause.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('policy_clause ' || ?1))")
                .setParameter(1, code).getSingleResult();
    }

    private static boolean same(PolicyClause clause, ClauseDraft draft) {
        return clause.titleEn.equals(draft.titleEn()) && clause.titleZh.equals(draft.titleZh())
                && clause.forNoAnswerFrom == draft.forNoAnswerFrom() && clause.support().equals(draft.support());
    }

    private static String[] names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Map<String, String> summary(PolicyClause clause) {
        ClauseSupport support = clause.support();
        return Map.of(
                "version", Integer.toString(clause.key.version()),
                "title", clause.titleEn + " / " + clause.titleZh,
                "outcomes", String.join(",", names(support.outcomesInOrder())),
                "responsible", String.join(",", names(support.partiesInOrder())),
                "grades", String.join(",", names(support.gradesInOrder())),
                "penaltyRequired", Boolean.toString(support.penaltyRequired()),
                "forNoAnswerFrom", clause.forNoAnswerFrom == null ? "" : clause.forNoAnswerFrom.name());
    }
}
