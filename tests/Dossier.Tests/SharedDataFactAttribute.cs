using Dossier.Eval;

namespace Dossier.Tests;

/// <summary>
/// A fact that needs ../shared/data. On a fresh clone without it the test is skipped with a visible reason;
/// CI (where the data exists) runs it.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
            Skip = "needs the shared data folder (../shared/data or DOSSIER_DATA); not present on this machine";
    }
}

/// <summary>Paths into the shared data folder for tests.</summary>
public static class SharedData
{
    public static string? Root { get; } = EvalPaths.SharedData();

    public static string PathTo(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException("shared data is not available"), relative);
}
