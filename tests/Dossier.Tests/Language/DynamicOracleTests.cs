using Dossier.Language;
using Dossier.Language.Parsing;

namespace Dossier.Tests.Language;

public class DynamicOracleTests
{
    // Follows the cheapest legal transition that keeps gold relations; for a projective tree that rebuilds it exactly.
    private static (int[] Heads, DependencyRelation[] Relations) FollowOracle(int[] goldHeads, DependencyRelation[] goldRelations)
    {
        int n = goldHeads.Length;
        var heads = goldHeads.Select(h => h < 0 ? n : h).ToArray();
        var oracle = new DynamicOracle();
        oracle.Reset(heads, goldRelations);
        var state = new ParserState();
        state.Reset(n);
        while (!state.IsTerminal)
        {
            int shift = state.CanShift ? oracle.ShiftCost(state) : int.MaxValue;
            int left = state.CanLeft ? oracle.LeftCost(state) : int.MaxValue;
            int right = state.CanRight ? oracle.RightCost(state) : int.MaxValue;
            int min = Math.Min(shift, Math.Min(left, right));
            int cls;
            if (shift == min) cls = Transition.Shift;
            else if (left == min) cls = Transition.Left(state.Next == n ? DependencyRelation.Root : oracle.GoldRelation(state.Stack(0)));
            else cls = Transition.Right(oracle.GoldRelation(state.Stack(0)));
            Assert.True(state.IsLegal(cls));
            state.Apply(cls);
        }
        return ([.. state.Heads.Take(n).Select(h => h == n ? -1 : h)], [.. state.Relations.Take(n)]);
    }

    [Fact]
    public void Zero_cost_transitions_rebuild_a_projective_tree()
    {
        // West said the Taliban had no ties .
        int[] heads = [1, -1, 3, 4, 1, 6, 4, 1];
        DependencyRelation[] relations =
        [
            DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Det, DependencyRelation.Nsubj,
            DependencyRelation.Ccomp, DependencyRelation.Det, DependencyRelation.Obj, DependencyRelation.Punct,
        ];
        var (parsedHeads, parsedRelations) = FollowOracle(heads, relations);
        Assert.Equal(heads, parsedHeads);
        Assert.Equal(relations, parsedRelations);
    }

    [Fact]
    public void A_mistake_costs_exactly_the_arcs_it_loses()
    {
        // "West said it": after shifting West, shifting "said" too makes West's arc to "said" unreachable.
        int[] heads = [1, 3, 1];
        DependencyRelation[] relations = [DependencyRelation.Nsubj, DependencyRelation.Root, DependencyRelation.Obj];
        var oracle = new DynamicOracle();
        oracle.Reset(heads, relations);
        var state = new ParserState();
        state.Reset(3);
        state.Apply(Transition.Shift);
        Assert.Equal(0, oracle.LeftCost(state));
        Assert.Equal(1, oracle.ShiftCost(state));
        state.Apply(Transition.Shift);
        // From here on the best reachable tree still has "said" under the root and "it" under "said".
        Assert.Equal(0, oracle.ShiftCost(state));
        Assert.Equal(2, oracle.RightCost(state)); // "said" under West loses its root arc and its object "it"
    }

    [Fact]
    public void Every_parse_has_exactly_one_root()
    {
        var state = new ParserState();
        state.Reset(3);
        // Shift everything, then only right-arcs and a final left-arc onto the root are legal.
        while (state.CanShift) state.Apply(Transition.Shift);
        Assert.False(state.IsLegal(Transition.Left(DependencyRelation.Root)));
        while (!state.IsTerminal)
        {
            int cls = state.CanRight ? Transition.Right(DependencyRelation.Dep) : Transition.Left(DependencyRelation.Root);
            Assert.True(state.IsLegal(cls));
            state.Apply(cls);
        }
        Assert.Equal(1, state.Heads.Take(3).Count(h => h == 3));
    }
}
