using System.Globalization;
using Hotline.Archive.Domain;
using Xunit;

namespace Hotline.UnitTests.Archive;

public class CanonicalJsonTests
{
    [Fact]
    public void The_same_snapshot_gives_the_same_text_and_hash_every_time()
    {
        var first = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        var second = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        Assert.Equal(first, second);
        Assert.Equal(RecordHashing.Sha256(first), RecordHashing.Sha256(second));
    }

    [Fact]
    public void The_text_is_pinned_so_a_format_change_is_noticed()
    {
        // Computed once from the sample; if this changes, records archived before would no longer verify the same way.
        var json = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        Assert.StartsWith("{\"acceptance\":{\"decidedAtUtc\":\"2026-11-20T01:02:03.000000Z\",\"decidedBy\":\"agent\",\"decision\":\"待派单\",", json);
        Assert.Equal(PinnedHash, RecordHashing.Sha256(json));
    }

    private const string PinnedHash = "9bf4bd52dea8ec34cf99605fe18f950957bc854beec10f220f1031392d4885a0";

    [Fact]
    public void Keys_are_sorted_at_every_depth_and_chinese_is_kept_as_written()
    {
        var json = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        Assert.True(json.IndexOf("\"acceptance\"", StringComparison.Ordinal) < json.IndexOf("\"assignments\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"assignments\"", StringComparison.Ordinal) < json.IndexOf("\"attachments\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"address\"", StringComparison.Ordinal) < json.IndexOf("\"area\"", StringComparison.Ordinal));
        Assert.Contains("幸福小区电梯长期故障", json);
        Assert.DoesNotContain("\\u", json);
        Assert.DoesNotContain("\n", json);
    }

    [Fact]
    public void Reordered_input_canonicalizes_to_the_same_text()
    {
        Assert.Equal(CanonicalJson.Canonicalize("{\"b\":1,\"a\":{\"d\":[2,{\"y\":1,\"x\":2}],\"c\":\"中\"}}"),
            CanonicalJson.Canonicalize("{\"a\":{\"c\":\"中\",\"d\":[2,{\"x\":2,\"y\":1}]},\"b\":1}"));
        var json = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        Assert.Equal(json, CanonicalJson.Canonicalize(json));
    }

    [Fact]
    public void Dates_are_utc_iso_with_microseconds_whatever_their_kind_ticks_or_culture()
    {
        var utc = new DateTime(2026, 11, 25, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234567);
        var unspecified = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
        // MariaDB keeps microseconds, SQLite every tick: both must give the same text.
        var mariaDb = new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Unspecified);
        Assert.Equal("2026-11-25T01:02:03.123456Z", RecordHashing.Iso(utc));
        Assert.Equal(RecordHashing.Iso(utc), RecordHashing.Iso(unspecified));
        Assert.Equal(RecordHashing.Iso(utc), RecordHashing.Iso(mariaDb));

        var culture = CultureInfo.CurrentCulture;
        try
        {
            var invariant = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(invariant, CanonicalJson.Serialize(ArchiveSamples.Snapshot()));
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, CanonicalJson.Serialize(ArchiveSamples.Snapshot()));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_snapshot_reads_back_to_the_same_text()
    {
        var json = CanonicalJson.Serialize(ArchiveSamples.Snapshot());
        var back = CanonicalJson.Deserialize<RecordSnapshot>(json)!;
        Assert.Equal("13812345678", back.Caller.Phone);
        Assert.Equal(json, CanonicalJson.Serialize(back));
    }
}
