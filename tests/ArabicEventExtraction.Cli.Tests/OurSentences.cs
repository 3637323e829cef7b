namespace ArabicEventExtraction.Cli.Tests;

/// <summary>Arabic report sentences written for these tests, to build inputs of any size.</summary>
public static class OurSentences
{
    public static readonly string[] All =
    [
        "قتل خمسة مدنيين بينهم طفلان في قصف جوي على بلدة كفرنبل في ريف إدلب أمس.",
        "وأصيب ثلاثة عشر شخصاً آخرون بجروح متفاوتة نقلوا إلى المشفى الميداني.",
        "وقال الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت الأنقاض بعد ساعات من البحث.",
        "ونزحت أكثر من مئتي عائلة من القرى المجاورة خوفاً من تجدد القصف.",
        "وشهدت المنطقة هدوءاً حذراً صباح اليوم بعد ليلة من الاشتباكات العنيفة.",
        "واعتقلت دورية أمنية سبعة شبان من حي الوعر في مدينة حمص يوم الثلاثاء.",
        "وتحدث سكان البلدة عن انقطاع الكهرباء والمياه منذ أسابيع وارتفاع أسعار الخبز.",
        "وتعمل المدارس في المنطقة بدوام جزئي بسبب نقص المعلمين والكتب.",
        "ويعتمد كثير من الأهالي على الزراعة وتربية المواشي مصدراً للرزق.",
        "وتنتظر المنظمات الإنسانية إذناً بإدخال قوافل المساعدات إلى القرى الجبلية.",
        "وأشار تقرير المنظمة إلى أن الطرق الرئيسية ما زالت مغلقة أمام حركة المدنيين.",
        "وعقد المجلس المحلي اجتماعاً لبحث إعادة تأهيل شبكة الصرف الصحي.",
    ];

    /// <summary>Paragraphs of the sentences above until the text reaches <paramref name="chars"/> characters.</summary>
    public static string Text(int chars, string paragraphBreak = "\n\n")
    {
        var text = new System.Text.StringBuilder(chars + 200);
        var i = 0;
        while (text.Length < chars)
        {
            text.Append(All[i % All.Length]);
            text.Append(i % All.Length == All.Length - 1 ? paragraphBreak : " ");
            i++;
        }
        return text.ToString();
    }
}
