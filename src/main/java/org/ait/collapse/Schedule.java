package org.ait.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A schedule of alpha_t, the fraction of external (real) data at generation t = 1, 2, ... (generation 0 is always all
 * real). Written as on the command line: a number in [0, 1], {@code 1/n} (one real item a generation), {@code 1/t},
 * {@code 1/sqrt(t)}, {@code R^t} for a base R in [0, 1] (e.g. {@code 0.9^t}), or {@code C/t} and {@code C/sqrt(t)}
 * (capped at 1).
 *
 * @param label the schedule as given (the {@code alpha} column of metrics.csv)
 */
public record Schedule(String label, Kind kind, double value) {

    /** The forms a schedule takes. */
    public enum Kind { CONSTANT, ONE_OVER_N, OVER_T, OVER_SQRT_T, POWER_T }

    /** The main schedules of a study: 1, 0.5, 0.1, 1/n, 1/sqrt(t), 1/t, 0.9^t, 0. */
    public static final List<String> MAIN = List.of("1", "0.5", "0.1", "1/n", "1/sqrt(t)", "1/t", "0.9^t", "0");

    /** alpha_t for generation t >= 1 with n items a generation. */
    public double alpha(int t, int n) {
        return switch (kind) {
            case CONSTANT -> value;
            case ONE_OVER_N -> 1.0 / n;
            case OVER_T -> Math.min(1, value / t);
            case OVER_SQRT_T -> Math.min(1, value / Math.sqrt(t));
            case POWER_T -> Math.pow(value, t);
        };
    }

    /** Whether alpha_t is the same for every t (and n). */
    public boolean constant() {
        return kind == Kind.CONSTANT;
    }

    /** Parses one schedule. @throws IllegalArgumentException naming the problem */
    public static Schedule parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty alpha schedule");
        }
        if (s.equals("1/n")) {
            return new Schedule(text.trim(), Kind.ONE_OVER_N, 1);
        }
        if (s.endsWith("/sqrt(t)")) {
            return new Schedule(text.trim(), Kind.OVER_SQRT_T, unit(s.substring(0, s.length() - 8), text, false));
        }
        if (s.endsWith("/t")) {
            return new Schedule(text.trim(), Kind.OVER_T, unit(s.substring(0, s.length() - 2), text, false));
        }
        if (s.endsWith("^t")) {
            return new Schedule(text.trim(), Kind.POWER_T, unit(s.substring(0, s.length() - 2), text, true));
        }
        return new Schedule(text.trim(), Kind.CONSTANT, unit(s, text, true));
    }

    /** Parses a comma-separated list of schedules. */
    public static List<Schedule> parseList(String text) {
        List<Schedule> out = new ArrayList<>();
        for (String part : text.split(",")) {
            out.add(parse(part));
        }
        return out;
    }

    private static double unit(String number, String text, boolean inUnitInterval) {
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown alpha schedule '" + text.trim()
                    + "' (a number in [0,1], 1/n, 1/t, 1/sqrt(t), R^t such as 0.9^t)");
        }
        if (!(v >= 0) || inUnitInterval && v > 1 || Double.isInfinite(v)) {
            throw new IllegalArgumentException("alpha schedule '" + text.trim() + "': " + number
                    + (inUnitInterval ? " is outside [0,1]" : " is not a non-negative number"));
        }
        return v;
    }
}
