namespace ArabicEventExtraction.Tests.Numbers;

/// <summary>
/// Writes 1..999,999 in Arabic words, to test the recognizer against. <c>style</c> picks among
/// the genders, cases and spellings (masculine/feminine, -ūn/-īn, مئة/مائة, ألفاً/ألف).
/// </summary>
internal static class ArabicNumberWords
{
    private static readonly string[][] Units =
    [
        [""], ["واحد", "واحدة"], ["اثنان", "اثنين", "اثنتان", "اثنتين"], ["ثلاثة", "ثلاث"], ["أربعة", "أربع"],
        ["خمسة", "خمس"], ["ستة", "ست"], ["سبعة", "سبع"], ["ثمانية", "ثماني"], ["تسعة", "تسع"], ["عشرة", "عشر"],
    ];
    private static readonly string[][] Tens =
    [
        [""], [""], ["عشرون", "عشرين"], ["ثلاثون", "ثلاثين"], ["أربعون", "أربعين"], ["خمسون", "خمسين"],
        ["ستون", "ستين"], ["سبعون", "سبعين"], ["ثمانون", "ثمانين"], ["تسعون", "تسعين"],
    ];
    private static readonly string[][] Hundreds =
    [
        [""], ["مئة", "مائة"], ["مئتان", "مئتين", "مائتي"], ["ثلاثمئة", "ثلاثمائة", "ثلاث مئة"], ["أربعمئة", "أربعمائة"],
        ["خمسمئة", "خمسمائة"], ["ستمئة", "ستمائة"], ["سبعمئة", "سبعمائة"], ["ثمانمئة", "ثمانمائة"], ["تسعمئة", "تسعمائة"],
    ];
    private static readonly string[] Eleven = ["أحد عشر", "إحدى عشرة"];
    private static readonly string[] Twelve = ["اثنا عشر", "اثني عشر", "اثنتا عشرة"];
    private static readonly string[] Thousand = ["ألف", "ألفاً"];
    private static readonly string[] TwoThousand = ["ألفان", "ألفين"];
    private static readonly string[] Thousands = ["آلاف", "الاف"];

    public static string Write(int n, int style = 0)
    {
        var parts = new List<string>();
        var thousands = n / 1000;
        if (thousands == 1) parts.Add(Pick(Thousand, style));
        else if (thousands == 2) parts.Add(Pick(TwoThousand, style));
        else if (thousands is >= 3 and <= 10) parts.Add(BelowThousand(thousands, style) + " " + Pick(Thousands, style));
        else if (thousands > 10) parts.Add(BelowThousand(thousands, style) + " " + Pick(Thousand, style));
        if (n % 1000 > 0) parts.Add(BelowThousand(n % 1000, style + 1));
        return string.Join(" و", parts);
    }

    private static string BelowThousand(int n, int style)
    {
        var parts = new List<string>();
        if (n / 100 > 0) parts.Add(Pick(Hundreds[n / 100], style));
        var rest = n % 100;
        if (rest is > 0 and <= 10) parts.Add(Pick(Units[rest], style));
        else if (rest == 11) parts.Add(Pick(Eleven, style));
        else if (rest == 12) parts.Add(Pick(Twelve, style));
        else if (rest is > 12 and < 20) parts.Add(Pick(Units[rest - 10], style) + " " + Pick(["عشر", "عشرة"], style));
        else if (rest >= 20)
            parts.Add(rest % 10 == 0
                ? Pick(Tens[rest / 10], style)
                : Pick(Units[rest % 10], style) + " و" + Pick(Tens[rest / 10], style + 1));
        return string.Join(" و", parts);
    }

    private static string Pick(string[] forms, int style) => forms[style % forms.Length];
}
