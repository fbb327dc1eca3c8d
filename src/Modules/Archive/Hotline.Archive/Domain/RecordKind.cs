namespace Hotline.Archive.Domain;

/// <summary>The first record of a case, or one written after the case closed again (补充归档).</summary>
internal enum RecordKind
{
    Original = 1,
    Supplementary = 2,
}

internal static class RecordKindNames
{
    public static string DisplayName(this RecordKind kind) => kind switch
    {
        RecordKind.Original => "归档",
        RecordKind.Supplementary => "补充归档",
        _ => kind.ToString(),
    };
}
