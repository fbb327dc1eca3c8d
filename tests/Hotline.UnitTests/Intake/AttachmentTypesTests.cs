using Hotline.Platform.Attachments;
using System.Text;
using Hotline.Intake.Domain;

namespace Hotline.UnitTests.Intake;

public sealed class AttachmentTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    public void Known_types_are_detected_by_content(byte[] head, string expected) =>
        Assert.Equal(expected, AttachmentTypes.Detect(head));

    [Fact]
    public void A_script_renamed_to_jpg_is_refused()
    {
        Assert.Null(AttachmentTypes.Detect(Encoding.ASCII.GetBytes("<script>alert(1)</script>")));
        Assert.Null(AttachmentTypes.Detect(Encoding.ASCII.GetBytes("MZ\x90\0 executable")));
    }

    [Fact]
    public void A_riff_file_that_is_not_webp_is_refused() =>
        Assert.Null(AttachmentTypes.Detect(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }));
}
