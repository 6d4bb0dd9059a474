namespace Dossier.Language.Parsing;

/// <summary>
/// The parser's classes: class 0 is SHIFT, then one LEFT-ARC and one RIGHT-ARC per dependency relation.
/// LEFT-ARC(r) makes the first buffer word the head of the stack top; RIGHT-ARC(r) makes the word below the
/// stack top its head; both pop the stack top (the arc-hybrid system of Kuhlmann, Gómez-Rodríguez and Satta 2011).
/// </summary>
internal static class Transition
{
    public const int Shift = 0;

    public static int ClassCount => 1 + 2 * SyntaxLabels.RelationCount;

    public static int Left(DependencyRelation relation) => 1 + (int)relation;

    public static int Right(DependencyRelation relation) => 1 + SyntaxLabels.RelationCount + (int)relation;

    public static bool IsLeft(int cls) => cls >= 1 && cls <= SyntaxLabels.RelationCount;

    public static bool IsRight(int cls) => cls > SyntaxLabels.RelationCount;

    public static DependencyRelation RelationOf(int cls) =>
        (DependencyRelation)(IsRight(cls) ? cls - 1 - SyntaxLabels.RelationCount : cls - 1);
}
