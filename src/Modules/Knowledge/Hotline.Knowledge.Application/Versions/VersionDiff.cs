using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Hotline.Knowledge.Versions;

internal enum DiffKind { Same, Deleted, Inserted, Modified, Empty }

/// <summary>A piece of a changed line; Chinese has no spaces, so changed lines are compared character by character.</summary>
internal sealed record DiffPiece(string Text, DiffKind Kind);

internal sealed record DiffLine(int? Number, DiffKind Kind, IReadOnlyList<DiffPiece> Pieces);

internal sealed record FieldChange(string Label, string Before, string After);

/// <summary>左右对照: the body line by line on two sides, and every other field that changed.</summary>
internal sealed record VersionDiff(string LeftLabel, string RightLabel, IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<DiffLine> Left, IReadOnlyList<DiffLine> Right)
{
    public bool HasChanges => Fields.Count > 0 || Left.Any(l => l.Kind != DiffKind.Same) || Right.Any(l => l.Kind != DiffKind.Same);

    private static readonly SideBySideDiffBuilder Builder = new(new Differ(), new LineChunker(), new CharacterChunker());

    /// <param name="names">Display text for ids (category, area), so the table does not show GUIDs.</param>
    public static VersionDiff Between(string leftLabel, ArticleContent left, string rightLabel, ArticleContent right, Func<string, string>? names = null)
    {
        names ??= s => s;
        var fields = ArticleContent.Fields
            .Where(f => f.Label != "正文" && f.Read(left) != f.Read(right))
            .Select(f => new FieldChange(f.Label, names(f.Read(left)), names(f.Read(right))))
            .ToList();
        var model = Builder.BuildDiffModel(left.Body, right.Body, ignoreWhitespace: false);
        return new VersionDiff(leftLabel, rightLabel, fields, Lines(model.OldText, DiffKind.Deleted), Lines(model.NewText, DiffKind.Inserted));
    }

    /// <param name="changed">What a changed piece is on this side: deleted on the old side, inserted on the new one.</param>
    private static List<DiffLine> Lines(DiffPaneModel pane, DiffKind changed) =>
        pane.Lines.Select(l => new DiffLine(l.Position, Kind(l.Type),
            l.Type == ChangeType.Modified && l.SubPieces.Count > 0
                ? l.SubPieces.Where(p => p.Type != ChangeType.Imaginary)
                    .Select(p => new DiffPiece(p.Text ?? "", p.Type == ChangeType.Unchanged ? DiffKind.Same : changed)).ToList()
                : [new DiffPiece(l.Text ?? "", Kind(l.Type))])).ToList();

    private static DiffKind Kind(ChangeType type) => type switch
    {
        ChangeType.Deleted => DiffKind.Deleted,
        ChangeType.Inserted => DiffKind.Inserted,
        ChangeType.Modified => DiffKind.Modified,
        ChangeType.Imaginary => DiffKind.Empty,
        _ => DiffKind.Same,
    };
}
