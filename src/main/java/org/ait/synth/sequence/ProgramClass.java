package org.ait.synth.sequence;

/**
 * A class of programs and the search that proposes its members for an input. A search offers candidates to the
 * {@link SearchContext}, which evaluates and scores every one of them, so a class never judges its own proposals:
 * it only has to be complete for the part of its space it says it searched ({@link SearchContext#searched}).
 *
 * <p>To add a class: implement this interface in {@code org.ait.synth.sequence.classes} (the program as a record in
 * the same file), give it a name, and list it in {@link ProgramClasses}.
 */
public interface ProgramClass {

    /** The name {@code --classes} uses. */
    String name();

    /** Whether the class can say anything about this input (symbol classes need a small alphabet, ...). */
    default boolean appliesTo(Sequence input) {
        return true;
    }

    /**
     * Builds what the class builds once per process (a table of closed forms, a set of loop bodies), so that a
     * synthesizer can do it on another core while the other classes search. Idempotent and thread-safe.
     */
    default void prepare() {
    }

    /** Offers the class's candidates for {@code ctx.input()}; returns early when {@link SearchContext#timeUp()}. */
    void search(SearchContext ctx);
}
