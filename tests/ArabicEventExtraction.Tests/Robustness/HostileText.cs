using FsCheck;
using FsCheck.Fluent;

namespace ArabicEventExtraction.Tests.Robustness;

/// <summary>
/// Generators of text that real inputs throw at the pipeline: any UTF-16 unit (lone surrogates
/// included), Arabic letters with diacritics and tatweel, presentation forms, bidi marks and
/// embeddings, Eastern digits and separators, mixed with report words.
/// </summary>
public static class HostileText
{
    private static readonly string[] Words =
    [
        "قتل", "أصيب", "مدنيين", "طفلاً", "في", "حلب", "أمس", "منذ", "ألف", "عشرات", "خمسة", "وعشرون", "مليون", "نوفمبر",
        "تشرين", "الثاني", "2016", "15/11/2016", "١٢", "٬", "٫", "،", "؛", "؟", ".", "\n", "\n\n", " ", "\t", "-", "(", ")",
    ];

    private static Gen<char> AnyChar => Gen.Choose(0, 0xFFFF).Select(i => (char)i);

    private static Gen<char> ArabicChar => Gen.OneOf(
        Gen.Choose(0x0600, 0x06FF).Select(i => (char)i),
        Gen.Choose(0x0750, 0x077F).Select(i => (char)i),
        Gen.Choose(0xFB50, 0xFDFF).Select(i => (char)i),
        Gen.Choose(0xFE70, 0xFEFF).Select(i => (char)i),
        Gen.Elements('\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2069', '\u061C', '\u0640', '\u200C', '\u200D', '\uFEFF'),
        Gen.Elements('\uD83D', '\uDE00', '\uD800', '\uDFFF'));

    private static Gen<string> Piece => Gen.Frequency(
        (3, Gen.Elements(Words)),
        (3, ArabicChar.Select(c => c.ToString())),
        (1, AnyChar.Select(c => c.ToString())));

    public static Arbitrary<string> Arbitrary { get; } = Piece.ArrayOf().Select(string.Concat).ToArbitrary();
}
