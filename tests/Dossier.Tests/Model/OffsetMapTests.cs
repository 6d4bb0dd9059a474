using Dossier.Model;

namespace Dossier.Tests.Model;

public class OffsetMapTests
{
    [Fact]
    public void Identity_map_returns_the_same_offsets()
    {
        var map = OffsetMap.Identity(10);
        Assert.Equal(new TextSpan(2, 7), map.ToSource(new TextSpan(2, 7)));
    }

    [Fact]
    public void Slices_joined_by_an_inserted_separator_map_back_to_their_source_positions()
    {
        // source: "Title\n\nFirst.\nCAPTION\nSecond." ; clean: "First.\n\nSecond."
        var map = new OffsetMap.Builder().Copied(7, 6).Inserted(2).Copied(22, 7).Build();
        Assert.Equal(15, map.CleanLength);
        Assert.Equal(new TextSpan(7, 13), map.ToSource(new TextSpan(0, 6)));   // "First."
        Assert.Equal(new TextSpan(22, 29), map.ToSource(new TextSpan(8, 15))); // "Second."
        Assert.Equal(new TextSpan(7, 29), map.ToSource(new TextSpan(0, 15)));  // the whole clean text
    }

    [Fact]
    public void A_span_of_only_inserted_characters_maps_to_an_empty_source_span()
    {
        var map = new OffsetMap.Builder().Copied(0, 3).Inserted(2).Copied(10, 3).Build();
        var source = map.ToSource(new TextSpan(3, 5));
        Assert.Equal(3, source.Start);
        Assert.True(source.IsEmpty);
    }
}
