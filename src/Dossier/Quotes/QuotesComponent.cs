using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Quotes;

/// <summary>The "quotes" pipeline component: finds attributions and sets the <see cref="QuoteLayer"/>.</summary>
public sealed class QuotesComponent(QuoteExtractor extractor) : IPipelineComponent
{
    public const string Name = "quotes";

    public QuotesComponent() : this(new QuoteExtractor(CueLexicon.Default) { SyntacticCues = SyntacticCueTable.LoadDefault(), Classifier = CueClassifier.LoadDefault(), CueExtent = CueExtent.LoadDefault(), ContentExtent = ContentExtent.LoadDefault(), SourceExtent = SourceExtent.LoadDefault(), NonVerbClassifier = NonVerbCueModel.LoadDefault() }) { }

    public ComponentInfo Info { get; } = new(Name, "0.1", [typeof(TokenLayer), typeof(SentenceLayer)], [typeof(QuoteLayer)]);

    public void Process(Document document, CancellationToken cancellationToken = default) =>
        document.Set(QuoteLayer.Create(extractor.Extract(document)));
}
