using System.Linq.Expressions;

namespace Hotline.Administration.Shared;

/// <summary>What the shared tree code reads of one node, whichever tree it belongs to.</summary>
internal readonly record struct TreeNodeFacts(Guid Id, Guid? ParentId, string Code, string Name, bool IsActive, int SortOrder);

/// <summary>
/// Describes one administered tree (units, areas, categories) to the shared tree code: how to read a
/// node, how to switch it on or off, and the words its messages and audit entries use. The entities
/// share no base type (the EF model stays as it is), hence delegates.
/// </summary>
internal sealed class TreeKind<T> where T : class, IVersioned
{
    /// <summary>The node kind in rule messages: "单位" gives "上级单位“…”已停用".</summary>
    public required string Noun { get; init; }

    /// <summary>The node kind in audit actions: "成员单位" gives "新建成员单位".</summary>
    public required string Title { get; init; }

    public required string ObjectType { get; init; }

    public required Func<T, TreeNodeFacts> Read { get; init; }

    public required Action<T, bool> SetActive { get; init; }

    /// <summary>Another node holding the code, as a filter the database runs when a save hit the unique index.</summary>
    public required Func<string, Guid, Expression<Func<T, bool>>> OtherWithCode { get; init; }

    public string CodeTakenMessage(string code, string holder) => $"{Noun}编码“{code}”已被“{holder}”使用，请换一个编码。";
}

/// <summary>The admin tree forms' fields that server-side refusals name, so the message shows under the field.</summary>
internal static class TreeFields
{
    public const string Code = "code";
}
