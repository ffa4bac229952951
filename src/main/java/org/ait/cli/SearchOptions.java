package org.ait.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ait.synth.expr.Op;
import org.ait.synth.fit.SymbolicRegression;
import org.ait.synth.mdl.StructurePrior;
import picocli.CommandLine.Option;

/** The search options {@code fit} and {@code bench-fit} share: time, seed, operators, prior, phases, threads. */
final class SearchOptions {

    @Option(names = "--time", defaultValue = "60", description = "Seconds of search (bench-fit: per problem),"
            + " default ${DEFAULT-VALUE}.")
    double time;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (data split or generation, fitting starts),"
            + " default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--operators", split = ",", defaultValue = "+,-,*,/,sin,cos,exp,log,sqrt",
            description = "Operators: + - * / ** and sympy function names, default ${DEFAULT-VALUE}.")
    List<String> operators;

    @Option(names = "--prior", defaultValue = "algorithmic", description = "Structure prior: algorithmic (BDM of the"
            + " structure with our (4,4) table) or size (every node equally likely), default ${DEFAULT-VALUE}.")
    String prior;

    @Option(names = "--no-terms", description = "Skip the sparse term regression (sums, square roots, reciprocals and"
            + " products of powers of enumerated terms) and search exhaustively only.")
    boolean noTerms;

    @Option(names = "--threads", description = "Worker threads (default: all cores). A search that ends at its"
            + " maximum size does not depend on it.")
    Integer threads;

    /** Checks every option, and the command's own --max-size; a bad one is a {@link UserError}. */
    void validate(int maxSize) {
        if (!(time > 0)) {
            throw new UserError("--time must be positive, got " + time);
        }
        if (maxSize < 1 || maxSize > 15) {
            throw new UserError("--max-size must be between 1 and 15, got " + maxSize);
        }
        if (!prior.equals("algorithmic") && !prior.equals("size")) {
            throw new UserError("--prior must be algorithmic or size, got '" + prior + "'");
        }
        Threads.check(threads);
        operators();
    }

    /** A search configured with these options. */
    SymbolicRegression search(List<Op> ops, StructurePrior structurePrior, int maxSize) {
        return new SymbolicRegression(ops, structurePrior).maxSize(maxSize).seconds(time).seed(seed)
                .threads(threads()).termRegression(!noTerms);
    }

    int threads() {
        return Threads.orAllCores(threads);
    }

    /** Operators by their command-line names; an unknown name is a {@link UserError}. */
    List<Op> operators() {
        List<Op> ops = new ArrayList<>();
        for (String o : operators) {
            Op op = Op.named(o);
            if (op == null) {
                throw new UserError("--operators: unknown operator '" + o.trim() + "' (use + - * / ** and sqrt exp log"
                        + " sin cos tan asin acos atan tanh abs)");
            }
            if (!ops.contains(op)) {
                ops.add(op);
            }
        }
        return ops;
    }

    StructurePrior prior(List<Op> ops, int variables) throws IOException {
        return prior.equals("size") ? StructurePrior.size(ops, variables) : StructurePrior.algorithmic(ops, variables);
    }
}
