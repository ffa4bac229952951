package org.ait.synth.expr;

/**
 * The operators of expressions. Each evaluates with plain IEEE doubles (domain errors give NaN, which the search
 * treats as an unusable candidate) and prints in sympy syntax and in LaTeX.
 */
public enum Op {
    ADD(2, "+", 10),
    SUB(2, "-", 10),
    MUL(2, "*", 20),
    DIV(2, "/", 20),
    POW(2, "**", 40),
    NEG(1, "-", 30),
    SQRT(1, "sqrt", 50),
    EXP(1, "exp", 50),
    LOG(1, "log", 50),
    SIN(1, "sin", 50),
    COS(1, "cos", 50),
    TAN(1, "tan", 50),
    ASIN(1, "asin", 50),
    ACOS(1, "acos", 50),
    ATAN(1, "atan", 50),
    TANH(1, "tanh", 50),
    ABS(1, "Abs", 50);

    /** 1 or 2. */
    public final int arity;
    /** The sympy spelling: an infix symbol for the arithmetic operators, a function name otherwise. */
    public final String sympy;
    /** Binding strength when printed infix: higher binds tighter. */
    final int precedence;

    Op(int arity, String sympy, int precedence) {
        this.arity = arity;
        this.sympy = sympy;
        this.precedence = precedence;
    }

    /** Whether it prints as a function call f(x). */
    public boolean isFunction() {
        return precedence == 50;
    }

    public double apply(double a) {
        return switch (this) {
            case NEG -> -a;
            case SQRT -> Math.sqrt(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case TANH -> Math.tanh(a);
            case ABS -> Math.abs(a);
            default -> throw new IllegalStateException(this + " takes two arguments");
        };
    }

    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            default -> throw new IllegalStateException(this + " takes one argument");
        };
    }

    /** The operator of a function name in sympy spelling (also numpy's arcsin, arccos, arctan, and ln). */
    public static Op function(String name) {
        return switch (name) {
            case "sqrt" -> SQRT;
            case "exp" -> EXP;
            case "log", "ln" -> LOG;
            case "sin" -> SIN;
            case "cos" -> COS;
            case "tan" -> TAN;
            case "asin", "arcsin" -> ASIN;
            case "acos", "arccos" -> ACOS;
            case "atan", "arctan" -> ATAN;
            case "tanh" -> TANH;
            case "Abs", "abs" -> ABS;
            default -> null;
        };
    }

    String latexName() {
        return switch (this) {
            case ASIN -> "\\arcsin";
            case ACOS -> "\\arccos";
            case ATAN -> "\\arctan";
            case ABS -> "";
            default -> "\\" + sympy;
        };
    }
}
