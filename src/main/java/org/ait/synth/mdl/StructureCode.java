package org.ait.synth.mdl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ait.synth.expr.Expr;
import org.ait.synth.expr.Op;

/**
 * A prefix code of model structures that states repetition once, so that the BDM of the code sees it. Three rules on
 * top of the prefix token string:
 * <ul>
 * <li>sums and products are written in a canonical operand order (a chain of + or * flattened, its operands sorted by
 * their own code), so x*y and y*x, or symmetric sums x1*y1 + x2*y2 + x3*y3, have one code and their repeated
 * operand patterns line up;</li>
 * <li>a factor repeated in a product is written once as a power: POW, the exponent minus 2, the factor (x*x*x*x is
 * POW 2 x);</li>
 * <li>a subtree of three or more nodes written before is written as REF and its number among the subtrees of three
 * or more nodes written so far (shared subtrees: sin(x + y) * (x + y)).</li>
 * </ul>
 * Tokens: the operators, the variables, the parameter (numbers too), POW, REF, each in a fixed number of base-4
 * digits; a number (an exponent or a reference) is one token's value, the largest value continuing into the next
 * token. The code is decodable token by token (every token has a fixed arity), so it is a description.
 */
final class StructureCode {

    /** Subtrees at least this large are referenced when repeated (smaller ones are as short as a reference). */
    static final int MIN_SHARED = 3;

    private final List<Op> operators;
    private final int variables;
    private final int width;
    private final int pow;
    private final int ref;

    StructureCode(List<Op> operators, int variables) {
        this.operators = List.copyOf(operators);
        this.variables = variables;
        this.pow = operators.size() + variables + 1;
        this.ref = pow + 1;
        int tokens = ref + 1;
        int w = 1;
        while (Math.pow(4, w) < tokens) {
            w++;
        }
        this.width = w;
    }

    /** Base-4 digits per token. */
    int width() {
        return width;
    }

    /** The code of a structure, one base-4 digit a byte. */
    byte[] encode(Expr e) {
        Node root = canonical(e);
        List<Integer> tokens = new ArrayList<>();
        write(root, tokens, new HashMap<>());
        byte[] out = new byte[tokens.size() * width];
        int at = 0;
        for (int t : tokens) {
            for (int d = width - 1; d >= 0; d--) {
                out[at++] = (byte) ((t >> (2 * d)) & 3);
            }
        }
        return out;
    }

    /**
     * A canonical node: a token, a number (the exponent of a power, else -1), children, and the node's written form
     * without references (its sort key and its identity for sharing).
     */
    private record Node(int token, int number, List<Node> children, String key, int size) {
    }

    private Node leaf(int token) {
        return new Node(token, -1, List.of(), Integer.toString(token), 1);
    }

    private Node node(int token, int number, List<Node> children) {
        StringBuilder key = new StringBuilder().append(token);
        int size = 1;
        if (number >= 0) {
            key.append('^').append(number);
        }
        key.append('(');
        for (Node c : children) {
            key.append(c.key()).append(',');
            size += c.size();
        }
        key.append(')');
        return new Node(token, number, children, key.toString(), size);
    }

    private Node canonical(Expr e) {
        if (e instanceof Expr.Var v) {
            return leaf(operators.size() + v.index());
        }
        if (e instanceof Expr.Param || e instanceof Expr.Num) {
            return leaf(operators.size() + variables);
        }
        if (e instanceof Expr.Unary u) {
            return node(token(u.op()), -1, List.of(canonical(u.arg())));
        }
        Expr.Binary b = (Expr.Binary) e;
        if (b.op() != Op.ADD && b.op() != Op.MUL) {
            return node(token(b.op()), -1, List.of(canonical(b.left()), canonical(b.right())));
        }
        List<Node> operands = new ArrayList<>();
        flatten(b, b.op(), operands);
        operands.sort((x, y) -> x.key().compareTo(y.key()));
        if (b.op() == Op.MUL) {
            // Equal factors are adjacent after sorting: each run of m >= 2 becomes one power.
            List<Node> grouped = new ArrayList<>();
            for (int i = 0; i < operands.size(); ) {
                int j = i;
                while (j < operands.size() && operands.get(j).key().equals(operands.get(i).key())) {
                    j++;
                }
                grouped.add(j - i >= 2 ? node(pow, j - i - 2, List.of(operands.get(i))) : operands.get(i));
                i = j;
            }
            operands = grouped;
        }
        // A left-deep chain of the operator over the operands in order (one operand left: a power alone).
        Node chain = operands.get(0);
        for (int i = 1; i < operands.size(); i++) {
            chain = node(token(b.op()), -1, List.of(chain, operands.get(i)));
        }
        return chain;
    }

    private void flatten(Expr e, Op op, List<Node> out) {
        if (e instanceof Expr.Binary b && b.op() == op) {
            flatten(b.left(), op, out);
            flatten(b.right(), op, out);
        } else {
            out.add(canonical(e));
        }
    }

    private int token(Op op) {
        int t = operators.indexOf(op);
        if (t < 0) {
            throw new IllegalArgumentException("operator " + op + " is not in the operator set");
        }
        return t;
    }

    private void write(Node n, List<Integer> tokens, Map<String, Integer> shared) {
        if (n.size() >= MIN_SHARED) {
            Integer seen = shared.get(n.key());
            if (seen != null) {
                tokens.add(ref);
                number(seen, tokens);
                return;
            }
        }
        tokens.add(n.token());
        if (n.number() >= 0) {
            number(n.number(), tokens);
        }
        for (Node c : n.children()) {
            write(c, tokens, shared);
        }
        // Numbered once written whole, in the order a decoder completes them.
        if (n.size() >= MIN_SHARED) {
            shared.putIfAbsent(n.key(), shared.size());
        }
    }

    /** A number as token values: the largest value means "this much more in the next token". */
    private void number(int v, List<Integer> tokens) {
        int top = (1 << (2 * width)) - 1;
        while (v >= top) {
            tokens.add(top);
            v -= top;
        }
        tokens.add(v);
    }
}
