package arbiter.ruling;

import java.time.Duration;
import java.util.List;
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

    public List<PolicyClause> active() {
        return active.get("active");
    }

    public Set<PolicyClause.Key> activeKeys() {
        return active().stream().map(c -> c.key).collect(Collectors.toSet());
    }
}
