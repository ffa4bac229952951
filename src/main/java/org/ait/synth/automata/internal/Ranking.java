package org.ait.synth.automata.internal;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ait.synth.automata.Boundary;
import org.ait.synth.automata.Candidate;
import org.ait.synth.automata.RuleFamily;
import org.ait.synth.automata.TieGroup;
import org.ait.synth.mdl.ProgramPrior;

/**
 * Prices every (family, boundary, rule) candidate, groups the candidates that predict alike and ranks the groups
 * by their best member. Within one family and boundary the scores' tie keys give the groups; across them, groups
 * are merged when their prediction vectors are equal, which is only checked for groups with equal counts (of
 * predicted cells, exceptions and unpredicted cells) and equal fingerprints: equal vectors imply both.
 */
public final class Ranking {

    /**
     * The ranked groups (at most the limit asked for), how many groups there are in all, and any candidate on
     * request.
     */
    public record Result(List<TieGroup> groups, int groupCount, Lookup lookup) {
    }

    /** Any candidate of the ranking, listed or not. */
    public interface Lookup {
        /** The candidate of this family, boundary and rule (tie group -1 when its group is not listed); null if none. */
        Candidate candidate(RuleFamily family, Boundary boundary, int rule);
    }

    private record Signature(int predicted, int exceptions, int unpredicted, long fingerprint) {
    }

    private final List<RuleScores> pairs;
    private final int[] offset;
    private final double[] programBits;
    private final double[] dataBits;
    private int[] parent;
    private int[] groupOf;
    private final IntArrayList groupRep = new IntArrayList();
    private final IntArrayList groupPair = new IntArrayList();

    private Ranking(List<RuleScores> pairs, ProgramPrior prior) {
        this.pairs = pairs;
        offset = new int[pairs.size() + 1];
        for (int p = 0; p < pairs.size(); p++) {
            offset[p + 1] = offset[p] + pairs.get(p).family().rules();
        }
        programBits = new double[offset[pairs.size()]];
        dataBits = new double[programBits.length];
        groupOf = new int[programBits.length];
        for (int p = 0; p < pairs.size(); p++) {
            price(p, prior);
        }
    }

    /** Ranks the candidates of every family and boundary scored; lists at most maxGroups of maxMembers each. */
    public static Result rank(List<RuleScores> pairs, ProgramPrior prior, int maxGroups, int maxMembers) {
        Ranking r = new Ranking(pairs, prior);
        if (pairs.size() > 1) {
            r.mergeAcrossPairs();
        }
        return r.result(maxGroups, maxMembers);
    }

    private void price(int p, ProgramPrior prior) {
        RuleScores s = pairs.get(p);
        double[] bits = Prices.programBits(s.program(0), prior);
        int[] groupOfKey = new int[s.family().rules()];
        Arrays.fill(groupOfKey, -1);
        for (int rule = 0; rule < bits.length; rule++) {
            int i = offset[p] + rule;
            programBits[i] = bits[rule];
            dataBits[i] = s.dataBits(rule);
            int key = s.tieKey(rule);
            if (groupOfKey[key] < 0) {
                groupOfKey[key] = groupRep.size();
                groupRep.add(i);
                groupPair.add(p);
            }
            groupOf[i] = groupOfKey[key];
        }
    }

    private void mergeAcrossPairs() {
        parent = new int[groupRep.size()];
        Map<Signature, IntArrayList> alike = new HashMap<>();
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
            int p = groupPair.getInt(g);
            RuleScores s = pairs.get(p);
            int rule = groupRep.getInt(g) - offset[p];
            IntArrayList same = alike.computeIfAbsent(new Signature(s.predicted(rule), s.exceptions(rule),
                    s.unpredicted(rule), s.fingerprint(rule)), key -> new IntArrayList());
            for (int h : same) {
                if (groupPair.getInt(h) != p && Arrays.equals(vector(g), vector(h))) {
                    parent[g] = h;
                    break;
                }
            }
            if (parent[g] == g) {
                same.add(g);
            }
        }
        for (int i = 0; i < groupOf.length; i++) {
            groupOf[i] = parent[groupOf[i]];
        }
    }

    private byte[] vector(int group) {
        int p = groupPair.getInt(group);
        return pairs.get(p).predictions(groupRep.getInt(group) - offset[p]);
    }

    private Result result(int maxGroups, int maxMembers) {
        int groups = groupRep.size();
        double[] best = new double[groups];
        long[] size = new long[groups];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        double bestTotal = Double.POSITIVE_INFINITY;
        for (int i = 0; i < groupOf.length; i++) {
            double total = programBits[i] + dataBits[i];
            best[groupOf[i]] = Math.min(best[groupOf[i]], total);
            size[groupOf[i]]++;
            bestTotal = Math.min(bestTotal, total);
        }
        IntArrayList roots = new IntArrayList();
        for (int g = 0; g < groups; g++) {
            if (size[g] > 0) {
                roots.add(g);
            }
        }
        int[] order = roots.toIntArray();
        IntArrays.quickSort(order, (a, b) -> a == b ? 0 : best[a] != best[b] ? Double.compare(best[a], best[b])
                : Integer.compare(a, b));
        int listed = Math.min(maxGroups, order.length);
        int[] rankOf = new int[groups];
        Arrays.fill(rankOf, -1);
        List<IntArrayList> members = new ArrayList<>();
        for (int r = 0; r < listed; r++) {
            rankOf[order[r]] = r;
            members.add(new IntArrayList());
        }
        for (int i = 0; i < groupOf.length; i++) {
            if (rankOf[groupOf[i]] >= 0) {
                members.get(rankOf[groupOf[i]]).add(i);
            }
        }
        List<TieGroup> out = new ArrayList<>();
        for (int r = 0; r < listed; r++) {
            int[] m = members.get(r).toIntArray();
            IntArrays.quickSort(m, (a, b) -> {
                double ta = programBits[a] + dataBits[a];
                double tb = programBits[b] + dataBits[b];
                return ta != tb ? Double.compare(ta, tb) : Integer.compare(a, b);
            });
            List<Candidate> listedMembers = new ArrayList<>();
            for (int j = 0; j < Math.min(maxMembers, m.length); j++) {
                listedMembers.add(candidate(m[j], r, bestTotal));
            }
            out.add(new TieGroup(r, m.length, listedMembers));
        }
        double bestOfAll = bestTotal;
        return new Result(out, order.length, (family, boundary, rule) -> {
            for (int p = 0; p < pairs.size(); p++) {
                RuleScores s = pairs.get(p);
                if (s.family().equals(family) && s.boundary() == boundary && rule >= 0 && rule < family.rules()) {
                    int i = offset[p] + rule;
                    return candidate(i, rankOf[groupOf[i]], bestOfAll);
                }
            }
            return null;
        });
    }

    private Candidate candidate(int i, int rank, double bestTotal) {
        int p = Arrays.binarySearch(offset, i);
        p = p >= 0 ? p : -p - 2;
        RuleScores s = pairs.get(p);
        int rule = i - offset[p];
        double total = programBits[i] + dataBits[i];
        return new Candidate(s.program(rule), programBits[i], dataBits[i], s.predicted(rule), s.exceptions(rule),
                s.unpredicted(rule), Math.pow(2, -(total - bestTotal)), rank);
    }
}
