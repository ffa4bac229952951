package org.ait.synth.automata.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ait.bdm.BdmScorer;
import org.ait.bdm.CtmValues;
import org.ait.bdm.Partition;
import org.ait.bdm.SymbolGrid;
import org.ait.ctm.TableCatalog;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.CaProgram;
import org.ait.synth.automata.Diagram;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Prior bits of a program's parts. The family tag and the boundary are uniform choices among a few options, priced
 * by their code length under either prior (BDM of three bits would only reflect the arbitrary numbering of the
 * options). Under {@link ProgramPrior#SIZE} the rule and the initial cells are uniform choices too. Under
 * {@link ProgramPrior#ALGORITHMIC} the rule costs the CTM of its table (the rule number's digits, most significant
 * first, as Wolfram writes them: rule 30 is 00011110), and the initial row the BDM of its observed cells, each in
 * its own alphabet: binary strings with our D(5) table (blocks of 12; every binary string up to length 12 has a
 * value, so an elementary or radius-2 totalistic table is priced by its exact CTM), 3- and 4-colour strings with our
 * (4,4) table (blocks of 10, complete to length 10), binary frames with our 2D (5,2) turmite table (4x4 blocks).
 * A Life-like table (18 bits) is longer than a block and gets BDM, CTM of its first 12 bits plus CTM of the last 6.
 */
public final class Prices {

    private static final Map<RuleFamily, double[]> ALGORITHMIC_RULES = new ConcurrentHashMap<>();

    private Prices() {
    }

    /** Bits of a program of the given family: header, rule and initial configuration, for every rule. */
    public static double[] programBits(CaProgram any, ProgramPrior prior) {
        double fixed = headerBits(any.family()) + initialBits(any, prior);
        double[] rules = ruleBits(any.family(), prior);
        double[] bits = new double[rules.length];
        for (int r = 0; r < bits.length; r++) {
            bits[r] = fixed + rules[r];
        }
        return bits;
    }

    /** Bits of the family tag and the boundary. */
    public static double headerBits(RuleFamily family) {
        BitCode code = new BitCode();
        family.writeTag(code);
        return code.choice(0, Boundary.values().length).length();
    }

    /** Bits of the rule, for every rule of the family (index = rule number); the array is shared, do not modify. */
    public static double[] ruleBits(RuleFamily family, ProgramPrior prior) {
        if (prior == ProgramPrior.SIZE) {
            double[] bits = new double[family.rules()];
            java.util.Arrays.fill(bits, new BitCode().choice(0, family.rules()).length());
            return bits;
        }
        return ALGORITHMIC_RULES.computeIfAbsent(family, Prices::tableComplexities);
    }

    /** The rule table as the algorithmic prior reads it: digits most significant (last context) first. */
    public static byte[] table(RuleFamily family, int rule) {
        byte[] out = family.outputs(rule);
        byte[] table = new byte[out.length];
        for (int c = 0; c < out.length; c++) {
            table[out.length - 1 - c] = out[c];
        }
        return table;
    }

    private static double[] tableComplexities(RuleFamily family) {
        BdmScorer bdm = Scorers.rows(family.colours());
        double[] bits = new double[family.rules()];
        for (int rule = 0; rule < bits.length; rule++) {
            bits[rule] = bdm.bdm(table(family, rule));
        }
        return bits;
    }

    /** Bits of the program's initial row or frame (its observed cells; the data show which are missing). */
    public static double initialBits(CaProgram program, ProgramPrior prior) {
        byte[] cells = program.initial();
        int k = program.family().colours();
        int observed = 0;
        for (byte b : cells) {
            observed += b == Diagram.MISSING ? 0 : 1;
        }
        if (prior == ProgramPrior.SIZE) {
            return observed * (double) new BitCode().choice(0, k).length();
        }
        if (observed == 0) {
            return 0;
        }
        if (program.family().dimensions() == 2 && k == 2 && observed == cells.length) {
            return Scorers.frames().bdm(new SymbolGrid(program.height(), program.width(), cells));
        }
        byte[] symbols = new byte[observed];
        int i = 0;
        for (byte b : cells) {
            if (b != Diagram.MISSING) {
                symbols[i++] = b;
            }
        }
        return Scorers.rows(k).bdm(symbols);
    }

    /** The BDM scorers, each built on first use (loading a table takes a noticeable fraction of a second). */
    private static final class Scorers {

        private static volatile BdmScorer binary;
        private static volatile BdmScorer fourColour;
        private static volatile BdmScorer frames;

        static BdmScorer rows(int colours) {
            if (colours == 2) {
                if (binary == null) {
                    binary = build("ctm-1d-s5-k2", 12, false);
                }
                return binary;
            }
            if (colours <= 4) {
                if (fourColour == null) {
                    fourColour = build("ctm-1d-s4-k4", 10, false);
                }
                return fourColour;
            }
            throw new IllegalArgumentException("no CTM table prices strings of " + colours + " colours");
        }

        static BdmScorer frames() {
            if (frames == null) {
                frames = build("ctm-2d-s5-k2", 4, true);
            }
            return frames;
        }

        private static BdmScorer build(String table, int block, boolean planar) {
            try {
                CtmValues values = CtmValues.of(TableCatalog.load(table, block));
                BdmScorer.Builder b = BdmScorer.builder(values).partition(Partition.RECURSIVE).minLength(1);
                return (planar ? b.block(block, block) : b.block(block)).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the algorithmic prior needs the table " + table, e);
            }
        }
    }
}
