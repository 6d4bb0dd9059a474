using Dossier.Model;

namespace Dossier.Language;

/// <summary>The syntax layer as a property of a document.</summary>
public static class SyntaxDocumentExtensions
{
    extension(Document document)
    {
        /// <summary>The document's <see cref="SyntaxLayer"/>; fails with DSR0202 when the "syntax" component did not run.</summary>
        public SyntaxLayer Syntax => document.Get<SyntaxLayer>();
    }
}
