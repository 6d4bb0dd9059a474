using Dossier.Model;

namespace Dossier.Entities;

/// <summary>The entity layers of a document, and the lookups other components need ("which actor is this span?").</summary>
public static class EntityDocumentExtensions
{
    extension(Document document)
    {
        /// <summary>The entity mentions; fails with DSR0202 when the entities component did not run.</summary>
        public MentionLayer Mentions => document.Get<MentionLayer>();

        /// <summary>The canonical actors; fails with DSR0202 when the entities component did not run.</summary>
        public ActorLayer Actors => document.Get<ActorLayer>();

        /// <summary>
        /// The actor a span refers to, or -1: the actor of the mention covering the span; else, for a longer phrase
        /// ("U.S. Special Representative to Afghanistan Thomas West", "The Taliban’s interior minister"), the actor
        /// of the last person mention inside it, else of the last mention inside it that has an actor.
        /// Returns -1 when the document has no entity layers.
        /// </summary>
        public int ActorOf(TextSpan span)
        {
            if (!document.TryGet<MentionLayer>(out var mentions)) return -1;
            int covering = mentions.IndexCovering(span);
            if (covering >= 0) return mentions.ActorAt(covering);
            var within = mentions.IndicesWithin(span);
            int first = within.Start.Value, end = within.End.Value;
            int lastWithActor = -1;
            for (int i = end - 1; i >= first; i--)
            {
                if (mentions.ActorAt(i) < 0) continue;
                if (mentions.TypeAt(i) == EntityType.Person) return mentions.ActorAt(i);
                if (lastWithActor < 0) lastWithActor = mentions.ActorAt(i);
            }
            return lastWithActor;
        }
    }
}
