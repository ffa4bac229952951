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
    ABS(1, "Abs", 50),
    // Integer operators (sequence programs); on doubles they are defined for integral arguments only (else NaN).
    /** Floor division, printed floor(a/b). */
    FLOORDIV(2, "floor", 50),
    /** Remainder with the sign of the divisor (a - b*floor(a/b)), printed Mod(a, b). */
    MOD(2, "Mod", 50),
    GCD(2, "gcd", 50),
    BINOMIAL(2, "binomial", 50),
    FACTORIAL(1, "factorial", 50),
    /** Integer square root, printed floor(sqrt(a)). */
    ISQRT(1, "floor", 50),
    // Arithmetic functions of integers (see NumberTheory), in sympy's names where sympy has one.
    /** The number of divisors d(n). */
    TAU(1, "divisor_count", 50),
    /** The sum of divisors sigma(n). */
    SIGMA(1, "divisor_sigma", 50),
    /** Euler's phi(n). */
    TOTIENT(1, "totient", 50),
    /** The Moebius function mu(n). */
    MOBIUS(1, "mobius", 50),
    /** The number of distinct prime factors omega(n). */
    OMEGA(1, "primenu", 50),
    /** The number of prime factors with multiplicity Omega(n). */
    BIGOMEGA(1, "primeomega", 50),
    /** 1 for a prime, else 0. */
    ISPRIME(1, "isprime", 50),
    /** The n-th prime (prime(1) = 2). */
    PRIME(1, "prime", 50),
    /** The number of primes up to n. */
    PRIMEPI(1, "primepi", 50),
    /** The least prime factor (1 for n = 1). */
    LPF(1, "lpf", 50),
    /** The greatest prime factor (1 for n = 1). */
    GPF(1, "gpf", 50),
    /** The sum of the decimal digits. */
    DIGITSUM(1, "digitsum", 50),
    /** The number of 1s in binary. */
    BITCOUNT(1, "bitcount", 50);

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
            case FACTORIAL -> a == Math.rint(a) && a >= 0 && a <= 170 ? factorial((int) a) : Double.NaN;
            case ISQRT -> a >= 0 ? Math.floor(Math.sqrt(a)) : Double.NaN;
            default -> {
                if (!NumberTheory.handles(this)) {
                    throw new IllegalStateException(this + " takes two arguments");
                }
                long v = a == Math.rint(a) && Math.abs(a) < 9e15 ? NumberTheory.apply(this, (long) a, false)
                        : NumberTheory.UNDEFINED;
                yield v == NumberTheory.UNDEFINED ? Double.NaN : v;
            }
        };
    }

    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case FLOORDIV -> Math.floor(a / b);
            case MOD -> b == 0 ? Double.NaN : a - b * Math.floor(a / b);
            case GCD -> a == Math.rint(a) && b == Math.rint(b) && Math.abs(a) < 9e15 && Math.abs(b) < 9e15
                    ? gcd(Math.abs((long) a), Math.abs((long) b)) : Double.NaN;
            case BINOMIAL -> a == Math.rint(a) && b == Math.rint(b) && a >= 0 ? binomial(a, b) : Double.NaN;
            default -> throw new IllegalStateException(this + " takes one argument");
        };
    }

    /** Whether it is one of the integer operators (exact on integers; sequence programs). */
    public boolean isInteger() {
        return ordinal() >= FLOORDIV.ordinal();
    }

    /** The sympy text of this function applied to already printed arguments. */
    public String call(String... args) {
        return switch (this) {
            case FLOORDIV -> "floor(" + args[0] + "/" + args[1] + ")";
            case ISQRT -> "floor(sqrt(" + args[0] + "))";
            default -> sympy + "(" + String.join(", ", args) + ")";
        };
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static double gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static double binomial(double n, double k) {
        if (k < 0 || k > n) {
            return 0;
        }
        double r = 1;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            r = r * (n - Math.min(k, n - k) + i) / i;
        }
        return Math.rint(r);
    }

    /**
     * An operator by the name a user lists it under: {@code + - * /}, {@code **} (also {@code ^} and {@code pow}),
     * {@code neg}, or a function name as {@link #function} knows it; null for anything else.
     */
    public static Op named(String name) {
        return switch (name.trim()) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> DIV;
            case "**", "^", "pow" -> POW;
            case "neg" -> NEG;
            default -> function(name.trim());
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
            case "factorial" -> FACTORIAL;
            default -> null;
        };
    }

    String latexName() {
        return switch (this) {
            case TAU -> "d";
            case SIGMA -> "\\sigma";
            case TOTIENT -> "\\varphi";
            case MOBIUS -> "\\mu";
            case OMEGA -> "\\omega";
            case BIGOMEGA -> "\\Omega";
            case ISPRIME, PRIME, PRIMEPI, LPF, GPF, DIGITSUM, BITCOUNT -> "\\operatorname{" + sympy + "}";
            case ASIN -> "\\arcsin";
            case ACOS -> "\\arccos";
            case ATAN -> "\\arctan";
            case ABS -> "";
            default -> "\\" + sympy;
        };
    }
}
