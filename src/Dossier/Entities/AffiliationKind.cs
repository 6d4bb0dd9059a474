namespace Dossier.Entities;

/// <summary>How an actor is tied to another actor of the same article.</summary>
public enum AffiliationKind : byte
{
    /// <summary>Holds a title or role at the other actor ("senior fellow" at a foundation, "interior minister" of a government).</summary>
    Role,
    /// <summary>Belongs to the other actor as a member ("a Taliban fighter", "Democrat").</summary>
    Member,
    /// <summary>A demonym's country: the "Afghan" nationality is of Afghanistan.</summary>
    NationalityOf,
}
