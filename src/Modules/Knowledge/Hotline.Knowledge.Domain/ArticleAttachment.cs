namespace Hotline.Knowledge.Domain;

/// <summary>A file as the attachment store checked and stored it (by content type and SHA-256).</summary>
internal sealed record ArticleFile(string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// 附件 of an article (a policy document, a form, an image), kept with the range of versions it belongs to.
/// <para>
/// A file attached to the working copy starts at the number that copy will be published as
/// (<see cref="FirstVersion"/> = <see cref="Article.LastVersionNumber"/> + 1) and stays open (<see cref="LastVersion"/>
/// null), so publishing copies nothing: the new version holds every row still open. Removing a file from the working
/// copy deletes a row no version has published yet, and otherwise closes it at the last published version, so every
/// published version keeps exactly the files it was published with. Restoring an old version closes the working
/// copy's files that version did not have and opens new rows for those it had (a closed range is never reopened, or
/// the versions in between would gain a file they never had). The bytes live once in the attachment store by their
/// SHA-256; a row holds the name, type, size and hash.
/// </para>
/// </summary>
internal sealed class ArticleAttachment
{
    public const int FileNameMax = 200;
    public const int ContentTypeMax = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ArticleId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";

    /// <summary>The first version holding the file (for an unpublished working copy: the number it will get).</summary>
    public int FirstVersion { get; private set; }

    /// <summary>The last published version holding the file; null while the working copy still holds it.</summary>
    public int? LastVersion { get; private set; }

    public DateTime AttachedAtUtc { get; private set; }
    public string AttachedBy { get; private set; } = "";

    public bool IsInWorkingCopy => LastVersion is null;

    public bool IsInVersion(int number) => FirstVersion <= number && (LastVersion is null || LastVersion >= number);

    public ArticleFile File => new(FileName, ContentType, Size, Sha256);

    internal static ArticleAttachment Of(Article article, ArticleFile file, DateTime nowUtc, string by) => new()
    {
        ArticleId = article.Id,
        FileName = file.FileName.Length > FileNameMax ? file.FileName[^FileNameMax..] : file.FileName,
        ContentType = file.ContentType,
        Size = file.Size,
        Sha256 = file.Sha256,
        FirstVersion = article.LastVersionNumber + 1,
        AttachedAtUtc = nowUtc,
        AttachedBy = by,
    };

    /// <summary>Leaves the working copy.</summary>
    /// <returns>True when no published version holds the file, so the row itself goes.</returns>
    internal bool LeaveWorkingCopy(int lastPublishedNumber)
    {
        if (FirstVersion > lastPublishedNumber)
            return true;
        LastVersion = lastPublishedNumber;
        return false;
    }
}

/// <summary>What a change of the working copy's files adds and removes (removed rows are deleted; closed ones stay).</summary>
internal sealed record AttachmentChanges(IReadOnlyList<ArticleAttachment> Added, IReadOnlyList<ArticleAttachment> Deleted);
