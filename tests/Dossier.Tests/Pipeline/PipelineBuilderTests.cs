using Dossier.Diagnostics;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class Fake(string name, Type[] requires, Type[] assigns, Action<Document>? process = null) : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new(name, "1", requires, assigns);
        public void Process(Document document, CancellationToken cancellationToken = default) => process?.Invoke(document);
    }

    private sealed class LayerA;
    private sealed class LayerB;

    [Fact]
    public void A_component_whose_requirement_no_earlier_component_assigns_fails_at_build()
    {
        var builder = new PipelineBuilder().Add(new Fake("needs-a", [typeof(LayerA)], [typeof(LayerB)])).Add(new Fake("makes-a", [], [typeof(LayerA)]));
        var error = Assert.Throws<DossierException>(builder.Build).Error;
        Assert.Equal("DSR0201", error.Code);
        Assert.Contains("needs-a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_components_assigning_the_same_layer_fail_at_build()
    {
        var builder = new PipelineBuilder().Add(new Fake("one", [], [typeof(LayerA)])).Add(new Fake("two", [], [typeof(LayerA)]));
        Assert.Equal("DSR0204", Assert.Throws<DossierException>(builder.Build).Error.Code);
    }

    [Fact]
    public void Paragraphs_are_available_to_the_first_component_because_the_reader_sets_them()
    {
        var pipeline = new PipelineBuilder().Add(new Fake("reads-paragraphs", [typeof(ParagraphLayer)], [])).Build();
        Assert.Single(pipeline.Components);
    }

    [Fact]
    public void Adding_a_component_twice_by_name_keeps_the_first()
    {
        int created = 0;
        var builder = new PipelineBuilder();
        builder.Add("x", () => { created++; return new Fake("x", [], []); });
        builder.Add("x", () => { created++; return new Fake("x", [], []); });
        Assert.Single(builder.Components);
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_component_that_throws_is_reported_with_its_name_and_the_document_source()
    {
        var pipeline = new PipelineBuilder().Add(new Fake("broken", [], [], _ => throw new InvalidOperationException("boom"))).Build();
        var document = Document.FromText("Text.", new DocumentMetadata { Source = "a.txt" });
        var error = Assert.Throws<DossierException>(() => pipeline.Process(document)).Error;
        Assert.Equal("DSR0205", error.Code);
        Assert.Equal("a.txt", error.Source);
        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_can_be_set_only_once()
    {
        var document = Document.FromText("Text.");
        document.Set(new LayerA());
        Assert.Equal("DSR0203", Assert.Throws<DossierException>(() => document.Set(new LayerA())).Error.Code);
    }
}
