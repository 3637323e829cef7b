using ArabicEventExtraction.Search.Ranking;

namespace ArabicEventExtraction.Search.Tests.Ranking;

public class MatchPhrasesTests
{
    [Fact]
    public void Phrases_come_in_written_order_with_their_column()
    {
        var phrases = MatchPhrases.Of("terms : ((\"قوات نظام\" OR \"غار\" * ) NOT (\"a\"\"b\")) AND dates : (m201601 OR mlong)");
        Assert.Equal(
            [
                new MatchPhrase("terms", "\"قوات نظام\""),
                new MatchPhrase("terms", "\"غار\"*"),
                new MatchPhrase("terms", "\"a\"\"b\""),
                new MatchPhrase("dates", "m201601"),
                new MatchPhrase("dates", "mlong"),
            ],
            phrases);
    }
}
