package org.ait.synth.sequence.classes;

import java.math.BigInteger;
import java.util.List;
import org.ait.synth.mdl.BitCode;
import org.ait.synth.sequence.ProgramClass;
import org.ait.synth.sequence.ProgramClasses;
import org.ait.synth.sequence.SearchContext;
import org.ait.synth.sequence.Sequence;
import org.ait.synth.sequence.SequenceProgram;
import org.ait.synth.sequence.transforms.Binomial;
import org.ait.synth.sequence.transforms.Characteristic;
import org.ait.synth.sequence.transforms.Differences;
import org.ait.synth.sequence.transforms.DivisorSums;
import org.ait.synth.sequence.transforms.Euler;
import org.ait.synth.sequence.transforms.Invert;
import org.ait.synth.sequence.transforms.Necklaces;
import org.ait.synth.sequence.transforms.PartialSums;
import org.ait.synth.sequence.transforms.Positions;
import org.ait.synth.sequence.transforms.Products;
import org.ait.synth.sequence.transforms.Transform;

/**
 * Programs of the form "transform of b": the input is reduced by each {@link Transform} and the inner classes search
 * the reduced sequence; what they find is wrapped and scored against the input. Transforms nest up to
 * {@link #MAX_DEPTH} (partial sums of an Euler transform of a periodic sequence). The code names the transform,
 * the values of the input it keeps, then the inner program's own code.
 */
public final class Transformed implements ProgramClass {

    static final int MAX_DEPTH = 2;

    /** The transforms, in code order. */
    static final List<Transform> TRANSFORMS = List.of(new PartialSums(), new Differences(), new Products(),
            new Binomial(false), new Binomial(true), new Euler(false), new Euler(true), new Invert(), new DivisorSums(false, 0), new DivisorSums(true, 0),
            new DivisorSums(false, 1), new DivisorSums(true, 1), new Characteristic(), new Positions(),
            new Characteristic(1), new Necklaces());

    private final List<ProgramClass> inner;

    /** @param inner the classes searched on a reduced sequence (this class adds itself below the depth limit) */
    public Transformed(List<ProgramClass> inner) {
        this.inner = List.copyOf(inner);
    }

    @Override
    public String name() {
        return "transform";
    }

    @Override
    public boolean appliesTo(Sequence input) {
        return input.kind() == Sequence.Kind.INTEGERS;
    }

    @Override
    public void search(SearchContext ctx) {
        if (ctx.depth() >= MAX_DEPTH) {
            return;
        }
        ctx.searched(name(), TRANSFORMS.size() + " transforms, nested up to " + MAX_DEPTH + " deep, each reduction"
                + " searched by " + String.join(", ", inner.stream().map(ProgramClass::name).toList()));
        // Breadth first: every single reduction by the inner classes, then the reductions of reductions, so that a
        // time limit cuts the deeper (longer) programs first.
        for (boolean deeper : new boolean[] {false, true}) {
            if (deeper && ctx.depth() + 1 >= MAX_DEPTH) {
                break;
            }
            for (int i = 0; i < TRANSFORMS.size(); i++) {
                SearchContext sub = reduce(ctx, i, deeper);
                if (sub == null) {
                    continue;
                }
                boolean direct = TRANSFORMS.get(i).nests();
                for (ProgramClass c : deeper ? List.<ProgramClass>of(this) : inner) {
                    if (ctx.timeUp()) {
                        return;
                    }
                    // expressions are costly to run as far as a characteristic sequence must go
                    if (c.appliesTo(sub.input()) && (direct || !c.name().equals("expression"))) {
                        c.search(sub);
                    }
                }
            }
        }
    }

    /** The context of reduction i of the input, or null when it does not apply (or may not nest here). */
    private SearchContext reduce(SearchContext ctx, int i, boolean deeper) {
        Transform t = TRANSFORMS.get(i);
        // (a transform without an inverse names none: "" must not match the user's input, which is reduced by "")
        boolean undoes = !t.inverse().isEmpty() && t.inverse().equals(ctx.reducedBy());
        if (!t.nests() && (ctx.depth() > 0 || deeper) || undoes || ctx.timeUp()) {
            return null;
        }
        Transform.Reduction r = t.reduce(ctx.input().terms());
        if (r == null || r.reduced().length < 4) {
            return null;
        }
        return ctx.derived(Sequence.integers(r.reduced()), t.name(), p -> new Program(i, r.kept(), p));
    }

    /** {@code TRANSFORMS[transform]} applied to the inner program, with the kept values of the input. */
    public record Program(int transform, BigInteger[] kept, SequenceProgram inner) implements SequenceProgram {

        @Override
        public String className() {
            return "transform";
        }

        @Override
        public String text() {
            StringBuilder sb = new StringBuilder(TRANSFORMS.get(transform).name()).append(" of b");
            if (kept.length > 0) {
                sb.append(", with ").append(Terms.initial(kept));
            }
            return sb.append("; b: ").append(Terms.renamed(inner.text(), "b")).toString();
        }

        @Override
        public void encode(BitCode code) {
            code.choice(transform, TRANSFORMS.size());
            Terms.write(code, kept, 0);
            ProgramClasses.writeTag(code, inner.className());
            inner.encode(code);
        }

        @Override
        public BigInteger[] terms(int count) {
            return TRANSFORMS.get(transform).expand(inner, kept, count);
        }
    }
}
