package arbiter.ruling;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The policy clauses a ruling may cite: the active version of each. A revised clause is a new version
 * (V4); the list is read at most once a minute, since the case page shows it to every arbitrator.
 */
@ApplicationScoped
public class PolicyClauses {

    private final LoadingCache<String, List<PolicyClause>> active = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .build(unused -> QuarkusTransaction.joiningExisting()
                    .call(() -> PolicyClause.<PolicyClause> list("active = true order by key.code, key.version")));

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

    public List<PolicyClause> active() {
        return active.get("active");
    }

    /**
     * The active clauses as a ruling form offers them on a case whose {@code silent} parties let their evidence
     * period pass (DESIGN "a missed deadline returns the case to review flagged"): first those that fit such a party
     * ({@code forSilent}), then the others ({@code others}), each in the order of {@link #active()}.
     */
    public Offered offeredFor(java.util.Collection<arbiter.dispute.Party> silent) {
        List<PolicyClause> forSilent = new java.util.ArrayList<>();
        List<PolicyClause> others = new java.util.ArrayList<>();
        for (PolicyClause clause : active()) {
            (clause.forNoAnswerFrom != null && silent.contains(clause.forNoAnswerFrom) ? forSilent : others).add(clause);
        }
        return new Offered(List.copyOf(forSilent), List.copyOf(others));
    }

    /** The active clauses split for a ruling form: those for a silent party first ({@link #offeredFor}). */
    public record Offered(List<PolicyClause> forSilent, List<PolicyClause> others) {
    }

    public Set<PolicyClause.Key> activeKeys() {
        return active().stream().map(c -> c.key).collect(Collectors.toSet());
    }
}
