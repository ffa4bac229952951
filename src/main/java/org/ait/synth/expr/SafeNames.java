package org.ait.synth.expr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names as symbols a formula can use: a name that is already a plain identifier stays; any other ("mass (kg)",
 * "v [m/s]", "2nd") becomes letters, digits and underscores ("mass_kg", "v_m_s", "x_2nd"); a name sympy or our parser
 * would read as something else (a function, pi, E, I, a Python keyword) gets a trailing underscore. Symbols are
 * distinct: a clash gets a numeric suffix.
 */
public final class SafeNames {

    private static final Set<String> RESERVED = Set.of("pi", "E", "I", "S", "N", "O", "Q", "oo", "nan", "zoo",
            "lambda", "and", "or", "not", "if", "else", "for", "in", "is", "def", "class", "return", "import", "from",
            "as", "with", "while", "None", "True", "False", "del", "pass", "try", "except", "raise", "yield",
            "global", "nonlocal", "assert", "break", "continue", "elif", "finally", "async", "await");

    private SafeNames() {
    }

    /** One symbol per name, in order. */
    public static List<String> of(List<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : names) {
            String base = symbol(name);
            String s = base;
            for (int k = 2; !used.add(s); k++) {
                s = base + "_" + k;
            }
            out.add(s);
        }
        return out;
    }

    static String symbol(String name) {
        StringBuilder s = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) {
                if (gap && s.length() > 0) {
                    s.append('_');
                }
                s.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        String out = s.toString();
        if (out.isEmpty() || Character.isDigit(out.charAt(0))) {
            out = "x_" + out;
        }
        if (out.endsWith("_") && !out.equals(name)) {
            out = out.replaceAll("_+$", "");
        }
        if (RESERVED.contains(out) || Op.function(out) != null) {
            out = out + "_";
        }
        return out;
    }
}
