using Dossier.Language;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Language;

/// <summary>
/// The shipped model on sentences of the golden article (tests/Dossier.Tests/Golden), tokenised by Dossier's own
/// tokenizer: the subject of each reporting verb is its speaker, and the complement clause of "hinted", "claims",
/// "insisted", "pointed out" and the like covers what was reported. Quotes and entities rely on these two facts.
/// </summary>
public class GoldenSyntaxTests
{
    private static readonly Lazy<DossierPipeline> Pipeline = new(() => new PipelineBuilder().UseSyntax().Build());

    private static (Dossier.Model.Document Document, SyntaxLayer Syntax) Parse(string sentence)
    {
        var document = Dossier.Model.Document.FromText(sentence);
        Pipeline.Value.Process(document);
        return (document, document.Syntax);
    }

    private static int Find(Dossier.Model.Document document, string word) =>
        Enumerable.Range(0, document.Tokens.Count).First(i => document.Tokens[i].Text.SequenceEqual(word));

    // The clause whose subject a verb has: its own, or for a verb conjoined to an earlier one ("hoped … and hinted")
    // without a subject of its own, that verb's.
    private static int SubjectClauseOf(SyntaxLayer syntax, int verb)
    {
        for (int v = verb; v >= 0; v = syntax.RelationAt(v) == DependencyRelation.Conj ? syntax.HeadAt(v) : -1)
        {
            if (syntax.ChildWith(v, DependencyRelation.Nsubj) >= 0) return v;
        }
        return -1;
    }

    // Speakers are compared as whole phrases, the subject's subtree: in UD the head of a name is its first word
    // ("Thomas" of "Thomas West", the rest hangs on it as flat), and of "The New York Times" it is "Times".
    [Theory]
    [InlineData("West said the U.S. is “worried about the uptick in ISIS-K attacks, and we want the Taliban to be successful against them.”", "said", "West")]
    [InlineData("“I think they have a very vigorous effort underway against that group,” he said.", "said", "he")]
    [InlineData("“When it comes to other groups – look, al-Qaeda continues to have a presence there that we’re very concerned about,” he added.", "added", "he")]
    [InlineData("West said al-Qaeda is “an issue of ongoing concern for us in our dialogue with the Taliban.”", "said", "West")]
    [InlineData("The Taliban alleges to have been attacked several times by Islamic State terrorists since the fall of Kabul in August.", "alleges", "The Taliban")]
    [InlineData("The New York Times last week noted “growing unease among Western officials” that the Taliban cannot contain or defeat ISIS-K, and refuses to cooperate with the United States on counterterrorism efforts.", "noted", "The New York Times")]
    [InlineData("The Biden administration bizarrely claimed the Taliban had no connection with the Haqqani Network in August.", "claimed", "The Biden administration")]
    [InlineData("He praised the Taliban for honoring its “commitment to us to allow Afghans to whom we owe a special commitment and American citizens and LPRs [lawful permanent residents] out of the country, over the past several weeks in particular.”", "praised", "He")]
    [InlineData("“I don’t think it’s in America’s interest to help prop up the Taliban regime, at all,” Joscelyn said.", "said", "Joscelyn")]
    [InlineData("“They’re talking about rooting for the Taliban against ISIS, [that] means they’re rooting for al-Qaeda because al-Qaeda is embedded throughout the Taliban,” he warned.", "warned", "he")]
    [InlineData("“The U.S. has ended its role in a 20-year war in which nobody knew anything,” Joscelyn observed.", "observed", "Joscelyn")]
    [InlineData("“Allies are going to continue to play a heavy role in Afghanistan: Germany, the United Kingdom, France,” he elaborated.", "elaborated", "he")]
    [InlineData("U.S. Special Representative to Afghanistan Thomas West on Monday hoped the Taliban would be “successful” in its battle against the Islamic State, and hinted the new rulers of Afghanistan needed to sever their ties with al-Qaeda if they desire international recognition.", "hinted", "Thomas West")]
    [InlineData("The Taliban insisted last week that ISIS “does not exist” in Afghanistan, claiming Taliban forces immediately crush its cells whenever they reveal themselves, and ISIS is not actively recruiting any new members from the Afghan population.", "insisted", "The Taliban")]
    [InlineData("Officially, the Taliban claims there are no al-Qaeda militants currently operating in Afghanistan and says it will not allow al-Qaeda to launch terrorist operations against other countries from Afghan soil.", "claims", "the Taliban")]
    [InlineData("Foreign Policy pointed out in September that the Taliban has many other sub-groups and networks with close ties to al-Qaeda cells, so the Taliban high command would have trouble breaking with al-Qaeda even if it wanted to.", "pointed", "Foreign Policy")]
    [InlineData("West hinted the Biden administration would like the Taliban to demonstrate that no funding will be diverted to al-Qaeda before the spigot of American foreign aid to Afghanistan is turned back on, and grumbled about the lack of diversity in the Taliban government as another obstacle to international recognition.", "hinted", "West")]
    public void The_subject_of_a_reporting_verb_is_its_speaker(string sentence, string verb, string speaker)
    {
        var (document, syntax) = Parse(sentence);
        int verbIndex = Find(document, verb);
        int clause = SubjectClauseOf(syntax, verbIndex);
        Assert.True(clause >= 0, $"'{verb}' has no subject");
        var subjects = syntax.ChildrenOf(clause).ToArray().Where(c => syntax.RelationAt(c) == DependencyRelation.Nsubj).ToArray();
        Assert.True(subjects.Length == 1, $"'{verb}' has {subjects.Length} subjects; a clause has one");
        // The subject phrase holds the speaker's name and nothing of the reporting clause after it.
        var phrase = syntax.SubtreeSpanOf(subjects[0]);
        Assert.Contains(speaker, document.Substring(phrase), StringComparison.Ordinal);
        Assert.True(phrase.End <= document.Tokens[verbIndex].Span.Start, $"the subject of '{verb}' runs past the verb: '{document.Substring(phrase)}'");
    }

    [Theory]
    [InlineData("U.S. Special Representative to Afghanistan Thomas West on Monday hoped the Taliban would be “successful” in its battle against the Islamic State, and hinted the new rulers of Afghanistan needed to sever their ties with al-Qaeda if they desire international recognition.", "hinted", "the new rulers of Afghanistan needed to sever their ties with al-Qaeda")]
    [InlineData("West hinted the Biden administration would like the Taliban to demonstrate that no funding will be diverted to al-Qaeda before the spigot of American foreign aid to Afghanistan is turned back on, and grumbled about the lack of diversity in the Taliban government as another obstacle to international recognition.", "hinted", "the Biden administration would like the Taliban to demonstrate that no funding will be diverted to al-Qaeda")]
    [InlineData("Officially, the Taliban claims there are no al-Qaeda militants currently operating in Afghanistan and says it will not allow al-Qaeda to launch terrorist operations against other countries from Afghan soil.", "claims", "there are no al-Qaeda militants currently operating in Afghanistan")]
    [InlineData("The Taliban insisted last week that ISIS “does not exist” in Afghanistan, claiming Taliban forces immediately crush its cells whenever they reveal themselves, and ISIS is not actively recruiting any new members from the Afghan population.", "insisted", "that ISIS “does not exist” in Afghanistan")]
    [InlineData("Foreign Policy pointed out in September that the Taliban has many other sub-groups and networks with close ties to al-Qaeda cells, so the Taliban high command would have trouble breaking with al-Qaeda even if it wanted to.", "pointed", "that the Taliban has many other sub-groups and networks with close ties to al-Qaeda cells")]
    [InlineData("The Biden administration bizarrely claimed the Taliban had no connection with the Haqqani Network in August, shortly before the Taliban began naming a sizable number of people named “Haqqani” to high positions in its new government.", "claimed", "the Taliban had no connection with the Haqqani Network")]
    public void The_complement_clause_of_a_reporting_verb_covers_the_reported_content(string sentence, string verb, string content)
    {
        var (document, syntax) = Parse(sentence);
        int clause = syntax.ChildWith(Find(document, verb), DependencyRelation.Ccomp);
        Assert.True(clause >= 0, $"'{verb}' has no complement clause");
        Assert.Contains(content, document.Substring(syntax.SubtreeSpanOf(clause)), StringComparison.Ordinal);
    }
}
