using ArabicEventExtraction.Readers.Html;

namespace ArabicEventExtraction.Readers.Tests.Html;

public class HtmlArticleExtractorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head>
        <meta charset="utf-8">
        <title>قصف على حي سكني - موقع الأخبار</title>
        <meta property="og:title" content="قصف على حي سكني يوقع ضحايا">
        <meta property="og:site_name" content="موقع الأخبار">
        <link rel="canonical" href="https://example.org/news/123">
        <meta property="article:published_time" content="2017-03-04T22:15:00+03:00">
        <script>var tracking = "قتل 100 شخص";</script>
        <style>.menu { color: red }</style>
        </head><body>
        <header><a href="/">الرئيسية</a> <h1 class="logo">موقع الأخبار</h1></header>
        <nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li></ul></nav>
        <div class="main-menu"><a href="/c">رياضة</a> | <a href="/d">ثقافة</a></div>
        <article>
          <h1>قصف على حي سكني يوقع ضحايا</h1>
          <div class="share-bar"><a href="#">شارك</a></div>
          <p>قتل أربعة مدنيين   وأصيب <b>سبعة</b> آخرون<br>في قصف على الحي الشرقي.</p>
          <p>وقال الدفاع المدني إن بين الجرحى طفلين.</p>
          <ul class="list"><li>الضحايا من عائلة واحدة</li><li>القصف استمر ساعتين</li></ul>
          <ul><li><a href="/x">خبر ذو صلة: اشتباكات في الريف</a></li><li><a href="/y">خبر آخر</a></li></ul>
        </article>
        <aside><h2>الأكثر قراءة</h2><p>مقتل 50 شخصا في مكان آخر</p></aside>
        <footer><p>جميع الحقوق محفوظة 2017</p></footer>
        </body></html>
        """;

    [Fact]
    public void Keeps_the_headline_and_paragraphs_as_lines_and_drops_page_furniture()
    {
        var article = HtmlArticleExtractor.Extract(Page);
        Assert.Equal(
            "قصف على حي سكني يوقع ضحايا\n" +
            "قتل أربعة مدنيين وأصيب سبعة آخرون\n" +
            "في قصف على الحي الشرقي.\n" +
            "وقال الدفاع المدني إن بين الجرحى طفلين.\n" +
            "الضحايا من عائلة واحدة\n" +
            "القصف استمر ساعتين",
            article.Text);
    }

    [Fact]
    public void Reads_title_date_url_and_site_name_from_meta_tags()
    {
        var article = HtmlArticleExtractor.Extract(Page);
        Assert.Equal("قصف على حي سكني يوقع ضحايا", article.Title);
        Assert.Equal(new DateOnly(2017, 3, 4), article.Published);
        Assert.Equal("https://example.org/news/123", article.Url);
        Assert.Equal("موقع الأخبار", article.SiteName);
    }

    [Fact]
    public void Takes_the_date_from_json_ld_when_there_is_no_meta_tag()
    {
        const string page = """
            <html><head><title>تقرير</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"تقرير","datePublished":"2018-11-20T08:00:00Z"}]}</script>
            </head><body><main><p>نزح ألف شخص من القرية.</p></main></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(page);
        Assert.Equal(new DateOnly(2018, 11, 20), article.Published);
        Assert.Equal("نزح ألف شخص من القرية.", article.Text);
        Assert.Equal("تقرير", article.Title);
    }

    [Fact]
    public void Takes_the_date_from_a_time_element()
    {
        const string page = """
            <html><body><div class="post"><h2>حصيلة جديدة</h2><time datetime="2019-01-05">5 كانون الثاني</time>
            <p>ارتفعت حصيلة القتلى إلى عشرين.</p></div></body></html>
            """;
        var article = HtmlArticleExtractor.Extract(page);
        Assert.Equal(new DateOnly(2019, 1, 5), article.Published);
        Assert.Contains("ارتفعت حصيلة القتلى إلى عشرين.", article.Text);
        Assert.Equal("حصيلة جديدة", article.Text.Split('\n')[0]);
    }

    [Fact]
    public void A_page_without_a_body_text_gives_empty_text_not_an_error()
    {
        var article = HtmlArticleExtractor.Extract("<html><head><title>فارغة</title></head><body><nav><a href='/'>x</a></nav></body></html>");
        Assert.Equal("", article.Text);
        Assert.Equal("فارغة", article.Title);
        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("2017-03-04T22:15:00+03:00", "2017-03-04")]
    [InlineData("2017-03-04", "2017-03-04")]
    [InlineData("Sat, 04 Mar 2017 10:00:00 GMT", "2017-03-04")]
    public void Parses_the_usual_date_formats(string value, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HtmlDates.Parse(value));
    }

    [Fact]
    public void Finds_a_declared_charset()
    {
        var head = System.Text.Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">");
        Assert.Equal(1256, HtmlCharset.Declared(head)?.CodePage);
        Assert.Null(HtmlCharset.Declared(System.Text.Encoding.ASCII.GetBytes("<html><body>")));
    }
}
