package arbiter.archfixture.tables.owner;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks a fixture entity for the ownership rules in place of {@code @Entity}, which would add it to the test
 * application's persistence unit; {@code table} stands for {@code @Table(name)}.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface FixtureEntity {
    String table();
}
