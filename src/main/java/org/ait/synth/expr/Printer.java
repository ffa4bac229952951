package org.ait.synth.expr;

import java.util.List;

/** Infix printing of expressions with the fewest parentheses that keep the meaning. */
final class Printer {

    private Printer() {
    }

    private static final int ATOM = 100;

    /** How tightly an expression binds when printed (higher: tighter). */
    private static int precedence(Expr e, double[] params) {
        if (e instanceof Expr.Unary u) {
            return u.op().precedence;
        }
        if (e instanceof Expr.Binary b) {
            return b.op().precedence;
        }
        if (e instanceof Expr.Num n) {
            // A fraction binds like a sum, so that it prints in parentheses next to * and /: x * (5/2).
            return n.value() < 0 || n.text().startsWith("-") ? Op.NEG.precedence
                    : n.text().contains("/") || n.text().contains("*") ? Op.ADD.precedence + 5 : ATOM;
        }
        if (e instanceof Expr.Param p) {
            return params != null && params.length > p.slot() && params[p.slot()] < 0 ? Op.NEG.precedence : ATOM;
        }
        return ATOM;
    }

    /** The value of a number or of a parameter with a known value; NaN for anything else. */
    private static double value(Expr e, double[] params) {
        if (e instanceof Expr.Num n) {
            return n.text().startsWith("-") ? n.value() : Math.abs(n.value());
        }
        if (e instanceof Expr.Param p && params != null && params.length > p.slot()) {
            return params[p.slot()];
        }
        return Double.NaN;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    static String sympy(Expr e, List<String> names, double[] params) {
        if (e instanceof Expr.Var v) {
            return names.get(v.index());
        }
        if (e instanceof Expr.Num n) {
            return n.text();
        }
        if (e instanceof Expr.Param p) {
            return params == null || params.length <= p.slot() ? "c" + p.slot() : number(params[p.slot()]);
        }
        if (e instanceof Expr.Unary u) {
            String arg = sympy(u.arg(), names, params);
            if (u.op().isFunction()) {
                return u.op().call(arg);
            }
            // Negation: -(a + b) needs parentheses, -a*b does not (the same number either way).
            int p = precedence(u.arg(), params);
            return "-" + (p < Op.MUL.precedence || p == Op.NEG.precedence ? "(" + arg + ")" : arg);
        }
        {
                Expr.Binary b = (Expr.Binary) e;
                Op op = b.op();
                if (op.isFunction()) {
                    return op.call(sympy(b.left(), names, params), sympy(b.right(), names, params));
                }
                // a - (-c) prints as a + c, and a + (-c) as a - c.
                double rightValue = value(b.right(), params);
                if ((op == Op.ADD || op == Op.SUB) && rightValue < 0) {
                    Expr positive = new Expr.Num(-rightValue, b.right() instanceof Expr.Num n
                            ? n.text().substring(1) : number(-rightValue));
                    return sympy(new Expr.Binary(op == Op.ADD ? Op.SUB : Op.ADD, b.left(), positive), names, params);
                }
                int lp = precedence(b.left(), params);
                int rp = precedence(b.right(), params);
                String l = sympy(b.left(), names, params);
                String r = sympy(b.right(), names, params);
                boolean leftParens = op == Op.POW ? lp <= op.precedence : lp < op.precedence;
                // Right operands of - and / group the other way; of ** (right-associative) only looser ones need them.
                boolean rightParens = op == Op.SUB || op == Op.DIV ? rp <= op.precedence
                        : op == Op.POW ? rp < op.precedence : rp < op.precedence || rp == Op.NEG.precedence;
                return (leftParens ? "(" + l + ")" : l) + (op == Op.POW ? "**" : " " + op.sympy + " ")
                        + (rightParens ? "(" + r + ")" : r);
        }
    }

    static String latexName(String name) {
        int u = name.indexOf('_');
        String base = u < 0 ? name : name.substring(0, u);
        String sub = u < 0 ? "" : "_{" + name.substring(u + 1).replace("_", "\\_") + "}";
        boolean greek = switch (base) {
            case "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "mu", "nu",
                    "xi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda",
                    "Xi", "Sigma", "Phi", "Psi", "Omega" -> true;
            default -> false;
        };
        if (base.equals("lambd")) {
            return "\\lambda" + sub;
        }
        if (greek) {
            return "\\" + base + sub;
        }
        return (base.length() > 1 ? "\\mathrm{" + base + "}" : base) + sub;
    }

    static String latex(Expr e, List<String> names, double[] params) {
        if (e instanceof Expr.Var v) {
            return latexName(names.get(v.index()));
        }
        if (e instanceof Expr.Num n) {
            return n.text().equals("pi") ? "\\pi"
                    : n.text().contains("/") ? "\\frac{" + n.text().replaceFirst("/.*", "") + "}{"
                            + n.text().replaceFirst(".*/", "") + "}" : n.text();
        }
        if (e instanceof Expr.Param p) {
            return params == null || params.length <= p.slot() ? "c_{" + p.slot() + "}"
                    : number(params[p.slot()]).replaceFirst("e(-?)\\+?0*(\\d+)$", " \\\\cdot 10^{$1$2}");
        }
        if (e instanceof Expr.Unary u) {
                String arg = latex(u.arg(), names, params);
                return switch (u.op()) {
                    case SQRT -> "\\sqrt{" + arg + "}";
                    case FACTORIAL -> "\\left(" + arg + "\\right)!";
                    case ISQRT -> "\\left\\lfloor\\sqrt{" + arg + "}\\right\\rfloor";
                    case ABS -> "\\left|" + arg + "\\right|";
                    case EXP -> "e^{" + arg + "}";
                    case NEG -> {
                        int p = precedence(u.arg(), params);
                        yield "-" + (p < Op.MUL.precedence || p == Op.NEG.precedence ? "\\left(" + arg + "\\right)"
                                : arg);
                    }
                    default -> u.op().latexName() + "\\left(" + arg + "\\right)";
                };
        }
        {
                Expr.Binary b = (Expr.Binary) e;
                Op op = b.op();
                String l = latex(b.left(), names, params);
                String r = latex(b.right(), names, params);
                if (op.isFunction()) {
                    return switch (op) {
                        case FLOORDIV -> "\\left\\lfloor\\frac{" + l + "}{" + r + "}\\right\\rfloor";
                        case MOD -> l + " \\bmod " + r;
                        case BINOMIAL -> "\\binom{" + l + "}{" + r + "}";
                        default -> "\\gcd\\left(" + l + ", " + r + "\\right)";
                    };
                }
                int lp = precedence(b.left(), params);
                int rp = precedence(b.right(), params);
                return switch (op) {
                    case DIV -> "\\frac{" + l + "}{" + r + "}";
                    case POW -> (lp <= op.precedence || b.left() instanceof Expr.Unary u && u.op().isFunction()
                            ? "\\left(" + l + "\\right)" : l) + "^{" + r + "}";
                    case MUL -> (lp < op.precedence ? "\\left(" + l + "\\right)" : l) + " \\cdot "
                            + (rp < op.precedence || rp == Op.NEG.precedence ? "\\left(" + r + "\\right)" : r);
                    case SUB -> l + " - " + (rp <= op.precedence ? "\\left(" + r + "\\right)" : r);
                    default -> l + " + " + (rp == Op.NEG.precedence ? "\\left(" + r + "\\right)" : r);
                };
        }
    }
}
