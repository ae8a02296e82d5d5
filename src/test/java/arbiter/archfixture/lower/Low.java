package arbiter.archfixture.lower;

import arbiter.archfixture.upper.Up;

/** A class of a lower package that uses an upper one: the cycle and the upward use ArchitectureTest must see. */
public final class Low {

    private Low() {
    }

    /** Asks the upper package, which it must not. */
    public static int upward() {
        return Up.value();
    }
}
