namespace Dossier.Storage;

/// <summary>Answers "is this content already stored?" before an article is analysed, so reruns skip finished work.</summary>
public interface IContentIndex : IDisposable
{
    bool Contains(string contentHash);
}
