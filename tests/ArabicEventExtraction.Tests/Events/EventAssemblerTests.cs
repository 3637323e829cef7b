using ArabicEventExtraction.Documents;
using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Pipeline;

namespace ArabicEventExtraction.Tests.Events;

public class EventAssemblerTests
{
    private static readonly DateOnly Dct = new(2016, 12, 13);

    private static IReadOnlyList<ExtractedEvent> Extract(string text, DateOnly? dct = null) =>
        ExtractionPipeline.CreateDefault().Run(new Document("t", text, dct ?? Dct)).Events;

    [Fact]
    public void A_breakdown_stays_on_one_event()
    {
        var events = Extract("وثقت الشبكة أمس مقتل 310 مدنياً، بينهم 54 طفلاً، و33 سيدة في مدينة إدلب.");

        var ev = Assert.Single(events);
        Assert.Equal([310L, 54L, 33L], ev.Figures.Select(f => f.Value!.Value));
        Assert.Equal("2016-12-12", ev.Date!.Value.Start.ToString());
    }

    [Fact]
    public void A_title_restating_the_body_gives_one_figure()
    {
        var events = Extract("مقتل 12 مدنياً في قصف على دوما\nقتل 12 مدنياً اليوم في قصف استهدف سوقاً في مدينة دوما.");

        var figure = Assert.Single(events.SelectMany(e => e.Figures));
        Assert.Equal(12, figure.Value);
    }

    [Fact]
    public void A_vague_title_count_gives_way_to_the_precise_body_count()
    {
        var events = Extract("عشرات القتلى في غارات على ريف إدلب\nقتل 39 شخصاً أمس في غارات على ريف إدلب.");

        var figure = Assert.Single(events.SelectMany(e => e.Figures));
        Assert.Equal(39, figure.Value);
    }

    [Fact]
    public void List_rows_keep_the_period_of_their_header_and_name_their_own_perpetrator()
    {
        var text = "وثق التقرير خلال شهر آذار 2017 مقتل 200 مدني في سوريا.\n" +
                   "توزعت الضحايا حسب الجهة الفاعلة على النحو التالي:\n" +
                   "– 120 مدنياً على يد قوات النظام.\n" +
                   "– 80 مدنياً على يد القوات الروسية.";

        var events = Extract(text, new DateOnly(2017, 4, 5));

        var rows = events.Where(e => e.Figures.Any(f => f.Value is 120 or 80)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("2017-03", r.Date!.Value.Start.ToString()));
        Assert.Contains(rows[0].Actors, a => a.Code == "SYR_GOV");
        Assert.Contains(rows[1].Actors, a => a.Code == "RUS");
    }

    [Fact]
    public void Besieged_people_are_a_state_at_publication()
    {
        var events = Extract("قتل 20 شخصاً أول أمس، فيما لا يزال 50 ألف مدني محاصرين في الأحياء الشرقية من حلب.");

        var state = Assert.Single(events, e => e.Figures.Any(f => f.Category == FigureCategory.Besieged));
        Assert.Equal("2016-12-13", state.Date!.Value.Start.ToString());
        var killed = Assert.Single(events, e => e.Figures.Any(f => f.Category == FigureCategory.Killed));
        Assert.Equal("2016-12-11", killed.Date!.Value.Start.ToString());
    }

    [Fact]
    public void A_count_since_an_onset_runs_to_publication()
    {
        var events = Extract("وتسبب الهجوم الذي بدأ في منتصف تشرين الثاني بمقتل 463 مدنياً على الأقل.");

        var ev = Assert.Single(events);
        Assert.Equal("2016-11-15", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-13", ev.Date!.Value.End.ToString());
    }

    [Fact]
    public void Every_span_of_an_event_is_inside_the_text()
    {
        const string text = "قتل 7 أشخاص وأصيب 20 آخرون يوم الاثنين في قصف لقوات النظام على بلدة حمورية في الغوطة الشرقية، وفق المرصد السوري لحقوق الإنسان.";
        var events = Extract(text);

        Assert.NotEmpty(events);
        foreach (var ev in events)
        {
            Assert.InRange(ev.Evidence.End, ev.Evidence.Start, text.Length);
            Assert.All(ev.Figures, f => Assert.True(f.Span.End <= text.Length && f.Span.Start >= 0));
            Assert.All(ev.Places, p => Assert.True(p.Span.End <= text.Length));
            Assert.All(ev.Actors, a => Assert.True(a.Span.End <= text.Length));
        }
    }

    [Fact]
    public void A_reporting_organisations_seat_is_not_the_events_place()
    {
        var events = Extract("قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن 14 مدنياً قتلوا أمس في قصف على مدينة دوما.");

        var ev = Assert.Single(events);
        Assert.Contains(ev.Places, p => p.Name == "دوما");
        Assert.DoesNotContain(ev.Places, p => p.Name == "لندن");
    }

    [Fact]
    public void A_paragraph_without_a_date_keeps_the_date_of_the_previous_event_not_the_lead()
    {
        var text = "قتل 5 مدنيين أمس في قصف على دوما.\n" +
                   "وقال المرصد إن 12 مدنيا قتلوا في غارات على حرستا خلال شهر تشرين الثاني.\n" +
                   "وأشار المرصد إلى أن بين الضحايا 4 أطفال.";

        var events = Extract(text);

        var children = Assert.Single(events, e => e.Figures.Any(f => f.Value == 4));
        Assert.Equal("2016-11", children.Date!.Value.Start.ToString());
    }

    [Fact]
    public void A_date_across_a_verb_of_saying_gives_way_to_a_date_on_the_figures_side()
    {
        var text = "التقرير الذي رصد الأوضاع في المدينة المحاصرة منذ آب 2015 أشار إلى أن 31 شخصا أصيبوا برصاص القناصة المنتشرين على أسطح الأبنية في الأحياء الشرقية خلال الشهر الماضي.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal("2016-11", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-11", ev.Date!.Value.End.ToString());
    }

    [Fact]
    public void A_period_given_for_this_number_in_the_next_sentence_dates_the_statement_figures()
    {
        var text = "أعلنت منظمة حقوقية، الثلاثاء، مقتل 1200 مدني في محافظة الحديدة.\n" +
                   "وقالت المنظمة إنها وثقت هذا العدد من الضحايا خلال الفترة من 1 يناير 2016 إلى 30 نوفمبر 2016.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal("2016-01-01", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-11-30", ev.Date!.Value.End.ToString());
        Assert.Equal(EventKind.Aggregate, ev.Kind);
    }

    [Fact]
    public void A_sentence_pointing_back_does_not_replace_an_event_date_of_the_figures_own()
    {
        var text = "قتل 8 مدنيين أمس في قصف على بلدة كفرنبل.\n" +
                   "وهذا العدد هو الأعلى منذ شهر آب 2016.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal("2016-12-12", ev.Date!.Value.Start.ToString());
    }

    [Fact]
    public void A_date_closing_a_since_phrase_starts_a_count_running_to_publication()
    {
        var text = "قالت وزارة الصحة إن 60 شخصا على الأقل قتلوا منذ سيطرة المسلحين على مدينة قندوز يوم الاثنين الماضي.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal("2016-12-12", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-13", ev.Date!.Value.End.ToString());
    }

    [Theory]
    [InlineData("أعلنت وزارة الصحة الفلسطينية في غزة، الأحد، أن 40 شخصا قتلوا خلال الأسبوع الماضي في غارات على القطاع.")]
    [InlineData("قالت الأمم المتحدة الأحد إن 40 شخصا قتلوا خلال الأسبوع الماضي في غارات على القطاع.")]
    public void The_date_of_a_statement_gives_way_to_the_date_of_what_it_reports(string text)
    {
        var ev = Assert.Single(Extract(text));

        var dateSpan = ev.DateSpan!.Value;
        Assert.Equal("خلال الأسبوع الماضي", text[dateSpan.Start..dateSpan.End]);
    }

    [Fact]
    public void A_figure_told_again_later_with_its_day_takes_that_day()
    {
        var text = "نزوح واسع من ريف حماة\n" +
                   "وفي ريف حماة الشمالي، غادر 15 ألف شخص القرى التي تتعرض للقصف.\n" +
                   "وبحسب الدفاع المدني، فإن نحو 15 ألف شخص فروا من تلك القرى يوم الأحد مع اشتداد الغارات.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal(15000, Assert.Single(ev.Figures).Value);
        Assert.Equal("2016-12-11", ev.Date!.Value.Start.ToString());
    }

    [Fact]
    public void Since_the_start_of_something_dated_before_runs_from_that_date()
    {
        var text = "وبدأت الاعتصامات في ساحات المدينة في 20 تشرين الأول للمطالبة بالإفراج عن المعتقلين.\n" +
                   "ومنذ بدء الاعتصامات قتل 27 متظاهرا برصاص قوات الأمن.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal("2016-10-20", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-13", ev.Date!.Value.End.ToString());
    }

    [Fact]
    public void A_part_larger_than_the_last_count_belongs_to_an_earlier_count()
    {
        var text = "قتل أكثر من 300 مدني منذ بدء الحملة العسكرية على المدينة في الأول من تشرين الثاني.\n" +
                   "وقتل 12 مدنيا في غارات جوية أمس.\n" +
                   "وأوضح الدفاع المدني أن من بين القتلى 85 طفلا.";

        var children = Assert.Single(Extract(text), e => e.Figures.Any(f => f.Value == 85));

        Assert.Equal("2016-11-01", children.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-13", children.Date!.Value.End.ToString());
    }

    [Fact]
    public void A_perpetrator_named_in_the_next_sentence_about_the_same_attack_is_the_events()
    {
        var text = "قتل 14 مدنيا أمس في غارات استهدفت سوقا شعبيا في بلدة سراقب.\n" +
                   "وقال المرصد إن القتلى سقطوا في غارات يرجح أن طائرات روسية نفذتها.\n" +
                   "وتتعرض المنطقة منذ أسابيع لقصف من قوات النظام، وقصفت قوات النظام أمس بلدات عدة.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal(["RUS"], ev.Actors.Select(a => a.Code));
    }

    [Fact]
    public void A_perpetrator_in_a_next_sentence_about_something_else_is_not_the_events()
    {
        var text = "قتل 14 مدنيا أمس في غارات على سوق شعبي في بلدة سراقب شنتها طائرات روسية.\n" +
                   "وفي سياق آخر، أسقطت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون على جازان.";

        var ev = Assert.Single(Extract(text));

        Assert.Equal(["RUS"], ev.Actors.Select(a => a.Code));
    }

    [Fact]
    public void A_timeline_entry_governs_the_paragraphs_under_it()
    {
        var text = "الجدول الزمني لمعركة المدينة\n" +
                   "في 10 ديسمبر/ كانون الأول، قتل 30 مدنيا في قصف على الأحياء الشرقية.\n" +
                   "في 12 ديسمبر/ كانون الأول، أعلن الجيش أن العمليات تدخل مرحلتها النهائية.\n" +
                   "وقتل 20 مدنيا في غارات على حي الشعار.\n" +
                   "في 13 ديسمبر/ كانون الأول، تم التوصل إلى اتفاق لوقف إطلاق النار.\n" +
                   "وأصيب 15 شخصا في قصف على حي الصاخور.";

        var events = Extract(text);

        Assert.Equal(["2016-12-10", "2016-12-12", "2016-12-13"], events.Select(e => e.Date!.Value.Start.ToString()));
    }

    [Fact]
    public void One_dated_background_paragraph_in_a_story_is_not_a_section()
    {
        var text = "قتل 12 مدنيا أمس في غارات على بلدة معرة النعمان.\n" +
                   "وفي نيسان 2016، زار وفد من الأمم المتحدة المدينة.\n" +
                   "وقال الدفاع المدني إن 5 أطفال بين القتلى.";

        var children = Assert.Single(Extract(text), e => e.Figures.Any(f => f.Value == 5));

        Assert.Equal("2016-12-12", children.Date!.Value.Start.ToString());
    }

    [Fact]
    public void A_since_count_under_a_timeline_entry_runs_to_the_entry_day()
    {
        var text = "في 5 ديسمبر/ كانون الأول، قتل 30 مدنيا في قصف على الأحياء الشرقية.\n" +
                   "في 8 ديسمبر/ كانون الأول، أعلن الجيش تقدمه في حي الشعار.\n" +
                   "في 10 ديسمبر/ كانون الأول، أكد مسؤول أن المعركة تقترب من نهايتها.\n" +
                   "وبذلك يرتفع إلى 90 ألفاً عدد المدنيين الذين نزحوا منذ 15 نوفمبر/ تشرين الثاني.";

        var displaced = Assert.Single(Extract(text), e => e.Figures.Any(f => f.Value == 90000));

        Assert.Equal("2016-11-15", displaced.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-10", displaced.Date!.Value.End.ToString());
    }

    [Fact]
    public void Days_counted_in_a_sentence_that_names_its_day_start_on_that_day()
    {
        var text = "في 1 آب/ أغسطس، شن الجيش قصفا واسعا على شرق المدينة، وقتل أكثر من 130 شخصا خلال يومين.";

        var ev = Assert.Single(Extract(text, new DateOnly(2016, 8, 27)));

        Assert.Equal("2016-08-01", ev.Date!.Value.Start.ToString());
        Assert.Equal("2016-08-02", ev.Date!.Value.End.ToString());
    }

    [Fact]
    public void A_tally_after_a_timeline_covers_the_days_of_its_entries()
    {
        var text = "الأحد 4 كانون الأول: قتل ثلاثة مدنيين في قصف على بلدة سرمين.\n" +
                   "الثلاثاء 6 كانون الأول: أصيب سبعة مدنيين في غارة على مدينة بنش.\n" +
                   "السبت 10 كانون الأول: قتل مدنيان في قصف مدفعي على قرية النيرب.\n" +
                   "حصيلة الأسبوع: وثق الفريق مقتل 25 مدنيا في المحافظة.";

        var tally = Assert.Single(Extract(text), e => e.Figures.Any(f => f.Value == 25));

        Assert.Equal("2016-12-04", tally.Date!.Value.Start.ToString());
        Assert.Equal("2016-12-10", tally.Date!.Value.End.ToString());
    }

    [Theory]
    [InlineData("الأحد 4 كانون الأول: قتل ثلاثة مدنيين في قصف على بلدة سرمين.")]
    [InlineData("أمس قتل 5 مدنيين.")]
    [InlineData("منذ 15 نوفمبر نزح 130 ألفا.")]
    public void A_document_that_opens_with_a_date_is_read(string text)
    {
        var ev = Assert.Single(Extract(text));

        Assert.NotNull(ev.Date);
    }
}
