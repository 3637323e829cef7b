using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Robustness;

/// <summary>The whole pipeline never throws on hostile text, and every span of every event is inside the text.</summary>
public class PipelineFuzzTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void Events_from_hostile_text_have_spans_inside_it()
    {
        Prop.ForAll(HostileText.Arbitrary, s =>
        {
            var analyzed = Pipeline.Run(new Document("fuzz", s, new DateOnly(2016, 12, 13)));
            return analyzed.Events.All(ev =>
                Inside(ev.Evidence, s)
                && (ev.DateSpan is not { } d || Inside(d, s))
                && ev.Places.All(p => Inside(p.Span, s))
                && ev.Actors.All(a => Inside(a.Span, s))
                && ev.Figures.All(f => Inside(f.Span, s)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool Inside(TextSpan span, string s) => span.Start >= 0 && span.Start <= span.End && span.End <= s.Length;
}
