using System.Buffers.Binary;
using Hotline.Platform.Documents.Fonts;

namespace Hotline.UnitTests.Documents;

public sealed class PdfFontsTests
{
    [Fact]
    public void A_missing_font_file_names_the_apt_package()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PdfFonts.LoadFace("/nonexistent/wqy-microhei.ttc", "fonts-wqy-microhei"));
        Assert.Contains("apt-get install fonts-wqy-microhei", error.Message);
        Assert.Contains("/nonexistent/wqy-microhei.ttc", error.Message);
    }

    [Theory]
    [InlineData("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")]
    [InlineData("/usr/share/fonts/truetype/arphic/uming.ttc")]
    public void The_first_face_of_a_collection_becomes_a_standalone_TrueType_font(string path)
    {
        var collection = File.ReadAllBytes(path);
        Assert.True(TrueTypeCollection.IsCollection(collection));
        var face = TrueTypeCollection.ExtractFirstFace(collection);
        Assert.False(TrueTypeCollection.IsCollection(face));
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        var tags = Enumerable.Range(0, tables).Select(i =>
        {
            var rec = face.AsSpan(12 + 16 * i);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(rec[12..]);
            Assert.True(offset + length <= face.Length);
            Assert.Equal(0u, offset % 4);
            return System.Text.Encoding.ASCII.GetString(rec[..4]);
        }).ToList();
        Assert.Contains("glyf", tags);
        Assert.Contains("cmap", tags);
        Assert.Contains("head", tags);
        // Extraction keeps a standalone font as it is.
        Assert.Same(face, TrueTypeCollection.ExtractFirstFace(face));
    }

    [Fact]
    public void Initialisation_is_idempotent()
    {
        PdfFonts.EnsureInitialized(new DocumentFontOptions());
        PdfFonts.EnsureInitialized(new DocumentFontOptions());
        Assert.True(PdfFonts.IsInitialized);
    }
}
