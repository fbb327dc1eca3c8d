using System.Security.Cryptography;
namespace Hotline.Platform.Attachments;

/// <summary>Where the uploads live: the data directory's <c>uploads</c> folder, chosen by the host.</summary>
public sealed record AttachmentStorage(string UploadsDirectory);

/// <summary>A checked file stored under the data directory, waiting to be attached when the case is saved.</summary>
public sealed record StagedAttachment(string FileName, string ContentType, long Size, string Sha256);

/// <summary>
/// Stores every module's attachments content-addressed (uploads/attachments/ab/abcd…), so the same
/// file uploaded twice is kept once and a stored file can be verified against its hash. Accepts
/// images and PDF up to 10 MB (and Word and Excel documents where the caller asks for them), checked by name and
/// content, named after the content.
/// </summary>
public sealed class AttachmentStore(AttachmentStorage storage)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <param name="kinds">What this caller accepts; images and PDF unless it opts in to more.</param>
    public async Task<StagedAttachment> StageAsync(Stream content, string fileName, long declaredSize,
        AttachmentKinds kinds = AttachmentKinds.ImagesAndPdf, CancellationToken cancellationToken = default)
    {
        var refused = $"文件“{fileName}”被拒绝：{AttachmentTypes.RefusedMessageFor(kinds)}";
        if (declaredSize > MaxBytes)
            throw new BusinessRuleException($"文件“{fileName}”超过 10 MB，无法上传。");
        if (!AttachmentTypes.HasAllowedExtension(SafeName(fileName), kinds))
            throw new BusinessRuleException(refused);

        var temp = Path.Combine(Root, $"tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        long size = 0;
        string? contentType = null;
        using var sha = SHA256.Create();
        await using (var output = File.Create(temp))
        {
            var buffer = new byte[81920];
            int read;
            // A browser upload may arrive a few bytes at a time; the type check needs the whole header at once.
            while ((read = size == 0
                       ? await content.ReadAtLeastAsync(buffer, AttachmentTypes.HeaderLength, throwOnEndOfStream: false, cancellationToken)
                       : await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (size == 0)
                    contentType = AttachmentTypes.Detect(buffer.AsSpan(0, read), kinds);
                size += read;
                if (size > MaxBytes || contentType is null)
                    break;
                sha.TransformBlock(buffer, 0, read, null, 0);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        // A ZIP is a document only by what is inside it, and its directory is at the end: read it once the whole file is here.
        if (contentType == AttachmentTypes.PackageToInspect && size <= MaxBytes)
        {
            await using var written = File.OpenRead(temp);
            contentType = OfficePackages.Detect(written);
        }

        if (contentType is null || size > MaxBytes || size == 0)
        {
            File.Delete(temp);
            throw new BusinessRuleException(size > MaxBytes ? $"文件“{fileName}”超过 10 MB，无法上传。" : refused);
        }

        sha.TransformFinalBlock([], 0, 0);
        var hash = Convert.ToHexStringLower(sha.Hash!);
        var target = PathFor(hash);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
            File.Delete(temp);
        else
            File.Move(temp, target);
        return new StagedAttachment(AttachmentTypes.WithContentExtension(SafeName(fileName), contentType), contentType, size, hash);
    }

    public Stream Open(string sha256) => File.OpenRead(PathFor(sha256));

    private string Root => Path.Combine(storage.UploadsDirectory, "attachments");

    private string PathFor(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    /// <summary>Keeps only the file's own name, without any path a browser might send.</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "附件" : name.Length > 200 ? name[^200..] : name;
    }
}
