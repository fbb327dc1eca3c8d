namespace Hotline.Knowledge.Shared;

/// <summary>Who may do what in Knowledge; services pass these sets to <see cref="AccessGate"/>.</summary>
internal static class KnowledgeAccess
{
    /// <summary>Member-unit roles that draft their own unit's articles.</summary>
    public static readonly string[] Authors = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];

    /// <summary>Only the unit's manager submits for review (the unit vouches for its knowledge).</summary>
    public static readonly string[] Submitters = [HotlineRoles.UnitManager];

    /// <summary>The center's knowledge editors review, publish, withdraw and keep the synonyms.</summary>
    public static readonly string[] Editors = [HotlineRoles.KnowledgeEditor];

    /// <summary>Everyone signed in reads published articles, internal ones included.</summary>
    public static readonly string[] Readers = [.. HotlineRoles.All];
}
