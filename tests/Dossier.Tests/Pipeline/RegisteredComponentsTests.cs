using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

/// <summary>
/// Guards the default pipeline (STYLE.md §3.6): its components, versions and order must match the committed
/// list in registered-components.txt. Changing the pipeline means updating that list in the same commit.
/// </summary>
public class RegisteredComponentsTests
{
    [Fact]
    public void The_default_pipeline_matches_the_committed_component_list()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Pipeline", "registered-components.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
        var actual = DefaultPipeline.Create().Components.Select(c => $"{c.Name} {c.Version}");
        Assert.Equal(expected, actual);
    }
}
