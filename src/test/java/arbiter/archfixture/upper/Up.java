package arbiter.archfixture.upper;

import arbiter.archfixture.lower.Low;

/** The upper package of ArchitectureTest's fixture, which uses the lower one as it may. */
public final class Up {

    private Up() {
    }

    /** A value, and a use of the lower package (the allowed direction). */
    public static int value() {
        return Low.class.getSimpleName().length();
    }
}
