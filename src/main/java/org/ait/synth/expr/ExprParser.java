package org.ait.synth.expr;

import org.ait.io.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses infix formulas in sympy/Python syntax: {@code + - * / ** ^ ( )}, numbers ({@code 2}, {@code 0.5},
 * {@code 1e-3}), {@code pi}, the functions of {@link Op#function}, and variables from a given list of names (a
 * variable named like a constant or a function, such as {@code E} or {@code gamma}, is the variable). As in Python,
 * {@code -x**2} is {@code -(x**2)} and {@code **} groups to the right. Integers and {@code pi} become exact
 * {@link Expr.Num}s; other decimals too, printed as written. Errors are one-line
 * {@link InputException}s naming the position; so is a tree deeper than {@link #MAX_DEPTH} levels.
 */
public final class ExprParser {

    /**
     * Deepest tree a formula may give: each nesting (parenthesis, sign, power, function call) is a level, and so is
     * each further term of a sum or factor of a product (a chain {@code x+x+...} is a tree as deep as it is long).
     * Far beyond any real formula, and far below what overflows the stack of this recursive parser or of the
     * recursive walks (printing, evaluating, simplifying) over the tree it returns.
     */
    public static final int MAX_DEPTH = 500;

    private final String text;
    private final List<String> names;
    private int pos;
    private int depth;

    private ExprParser(String text, List<String> names) {
        this.text = text;
        this.names = names;
    }

    /**
     * The formula's tree.
     *
     * @throws InputException naming the position of the first error, or where the tree exceeds {@link #MAX_DEPTH}
     */
    public static Expr parse(String text, List<String> names) {
        ExprParser p = new ExprParser(text, names);
        Expr e = p.sum();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return e;
    }

    private InputException error(String what) {
        return new InputException("formula '" + text + "', position " + (pos + 1) + ": " + what);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            // '*' must not eat the first half of '**'.
            if (token.equals("*") && text.startsWith("**", pos)) {
                return false;
            }
            pos += token.length();
            return true;
        }
        return false;
    }

    private Expr sum() {
        int levels = depth;
        try {
            Expr e = product();
            while (true) {
                if (eat("+")) {
                    deeper();
                    e = new Expr.Binary(Op.ADD, e, product());
                } else if (eat("-")) {
                    deeper();
                    e = new Expr.Binary(Op.SUB, e, product());
                } else {
                    return e;
                }
            }
        } finally {
            depth = levels;
        }
    }

    private Expr product() {
        int levels = depth;
        try {
            Expr e = unary();
            while (true) {
                if (eat("*")) {
                    deeper();
                    e = new Expr.Binary(Op.MUL, e, unary());
                } else if (eat("/")) {
                    deeper();
                    e = new Expr.Binary(Op.DIV, e, unary());
                } else {
                    return e;
                }
            }
        } finally {
            depth = levels;
        }
    }

    /** One more level of the tree being built; beyond {@link #MAX_DEPTH} an input error. */
    private void deeper() {
        if (++depth > MAX_DEPTH) {
            throw new InputException("formula deeper than " + MAX_DEPTH + " levels (nesting, or terms of one sum or"
                    + " product) at position " + (pos + 1));
        }
    }

    /** Every nesting passes through here (a sign, a power's exponent, a parenthesis or a function's argument). */
    private Expr unary() {
        int levels = depth;
        deeper();
        try {
            return signed();
        } finally {
            depth = levels;
        }
    }

    private Expr signed() {
        if (eat("-")) {
            Expr arg = unary();
            // A negative literal stays a number.
            if (arg instanceof Expr.Num n && !n.text().equals("pi") && !n.text().startsWith("-")) {
                return new Expr.Num(-n.value(), "-" + n.text());
            }
            return new Expr.Unary(Op.NEG, arg);
        }
        if (eat("+")) {
            return unary();
        }
        return power();
    }

    private Expr power() {
        Expr base = atom();
        if (eat("**") || eat("^")) {
            return new Expr.Binary(Op.POW, base, unary());
        }
        return base;
    }

    private Expr atom() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the formula ends too early");
        }
        char c = text.charAt(pos);
        if (eat("(")) {
            Expr e = sum();
            if (!eat(")")) {
                throw error("')' expected");
            }
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            String number = text.substring(start, pos);
            try {
                return new Expr.Num(Double.parseDouble(number), number);
            } catch (NumberFormatException e) {
                throw error("'" + number + "' is not a number");
            }
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            int index = names.indexOf(name);
            if (index >= 0) {
                return new Expr.Var(index);
            }
            Op f = Op.function(name);
            if (f != null) {
                if (!eat("(")) {
                    throw error("'(' expected after " + name);
                }
                Expr arg = sum();
                if (!eat(")")) {
                    throw error("')' expected");
                }
                return new Expr.Unary(f, arg);
            }
            if (name.equals("pi")) {
                return Expr.Num.PI;
            }
            pos = start;
            throw error("unknown name '" + name + "' (variables: " + String.join(", ", names) + ")");
        }
        throw error("unexpected '" + c + "'");
    }

    /** Variable names of a benchmark definition such as {@code "m_0:[1,5]; v:[1,2]"}, in order. */
    public static List<String> variableNames(String definitions) {
        List<String> out = new ArrayList<>();
        for (String part : definitions.split(";")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p.substring(0, p.indexOf(':') < 0 ? p.length() : p.indexOf(':')).trim());
            }
        }
        return out;
    }
}
