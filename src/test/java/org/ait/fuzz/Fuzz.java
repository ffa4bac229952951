package org.ait.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.ait.io.InputException;

/** What every reader promises, and mutations of valid input. */
public final class Fuzz {

    /** A case this slow on tiny input is a hang in the making. */
    static final long SLOW_NANOS = 2_000_000_000L;

    /** Reading something. */
    @FunctionalInterface
    public interface Read {
        void run() throws Exception;
    }

    private Fuzz() {
    }

    /** Reads, or refuses with one line; anything else fails, showing the input. */
    public static void readOrRefuse(String input, Read read) {
        long start = System.nanoTime();
        try {
            read.run();
        } catch (InputException e) {
            assertOneLine(e, input);
        } catch (Throwable t) {
            fail("not an InputException for " + shown(input) + ": " + t, t);
        }
        assertTrue(System.nanoTime() - start < SLOW_NANOS, () -> "slow on " + shown(input));
    }

    /** Refuses with one line; success or anything else fails. */
    public static void refuse(String input, Read read) {
        try {
            read.run();
        } catch (InputException e) {
            assertOneLine(e, input);
            return;
        } catch (Throwable t) {
            fail("not an InputException for " + input + ": " + t, t);
        }
        fail("accepted: " + input);
    }

    static void assertOneLine(InputException e, String input) {
        String m = e.getMessage();
        assertTrue(m != null && !m.isBlank(), () -> "empty message for " + shown(input));
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "more than one line: " + m);
    }

    static String shown(String input) {
        return input.length() > 300 ? input.substring(0, 300) + "..." : input;
    }

    /** A few random edits of valid text, with characters from {@code alphabet}. */
    public static String mutate(String valid, Random r, String alphabet) {
        StringBuilder s = new StringBuilder(valid);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
            char c = alphabet.charAt(r.nextInt(alphabet.length()));
            switch (r.nextInt(4)) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, c);
                    }
                }
                default -> s.setLength(Math.min(s.length(), at)); // truncated
            }
        }
        return s.toString();
    }

    /** Random text of up to {@code max} characters from {@code alphabet}. */
    public static String random(Random r, String alphabet, int max) {
        int n = r.nextInt(max + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** Valid text mutated, or random text, half and half. */
    public static String input(long seed, String valid, String alphabet) {
        Random r = new Random(seed);
        return r.nextBoolean() ? mutate(valid, r, alphabet) : random(r, alphabet, 2 * valid.length());
    }

    /** A few random byte edits of valid bytes: flips, overwrites, truncation. */
    public static byte[] mutate(byte[] valid, Random r) {
        byte[] b = valid.clone();
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(3)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(256);
                default -> b = java.util.Arrays.copyOf(b, at);
            }
        }
        return b;
    }
}
