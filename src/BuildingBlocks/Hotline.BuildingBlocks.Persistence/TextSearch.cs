namespace Hotline.Platform.Persistence;

/// <summary>
/// "Contains" filters go through LIKE rather than string.Contains: SQLite translates Contains to a
/// case-sensitive instr(), MariaDB compares case-insensitively, and LIKE behaves the same on both.
/// Use as <c>EF.Functions.Like(column, TextSearch.ContainsPattern(text), TextSearch.Escape)</c>.
/// </summary>
public static class TextSearch
{
    // Not a backslash: MySQL string literals treat it as an escape of their own.
    public const string Escape = "!";

    /// <summary>The LIKE pattern for "contains <paramref name="text"/>", with wildcards in the text taken literally.</summary>
    public static string ContainsPattern(string text) => "%" + Literal(text) + "%";

    /// <summary>The LIKE pattern for "equals <paramref name="text"/>, ignoring ASCII case" (ids pasted in any case).</summary>
    public static string EqualsPattern(string text) => Literal(text);

    private static string Literal(string text) =>
        text.Trim().Replace("!", "!!").Replace("%", "!%").Replace("_", "!_");
}
