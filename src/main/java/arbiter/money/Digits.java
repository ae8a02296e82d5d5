package arbiter.money;

/** Whole numbers with thousands separators ("1,234,567"), the way amounts and counts are shown. */
public final class Digits {

    private Digits() {
    }

    public static String grouped(long n) {
        return grouped(n, new StringBuilder(16)).toString();
    }

    static StringBuilder grouped(long n, StringBuilder into) {
        if (n < 0) {
            into.append('-');
            n = -n;
        }
        String plain = Long.toString(n);
        int first = plain.length() % 3 == 0 ? 3 : plain.length() % 3;
        into.append(plain, 0, first);
        for (int i = first; i < plain.length(); i += 3) {
            into.append(',').append(plain, i, i + 3);
        }
        return into;
    }
}
