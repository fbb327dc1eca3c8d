using Hotline.Archive.Domain;
using Xunit;

namespace Hotline.UnitTests.Archive;

public class HashChainTests
{
    [Fact]
    public void Each_record_carries_the_previous_records_hash_and_the_year_starts_from_nothing()
    {
        var chain = ArchiveSamples.Chain(3);
        Assert.Null(chain[0].PreviousHash);
        Assert.Equal(chain[0].RecordHash, chain[1].PreviousHash);
        Assert.Equal(chain[1].RecordHash, chain[2].PreviousHash);
        Assert.Equal(["2026-12345-000001", "2026-12345-000002", "2026-12345-000003"], chain.Select(r => r.ArchiveNumber));
        Assert.Empty(RecordIntegrity.Walk(chain));
    }

    [Fact]
    public void A_changed_snapshot_is_reported_with_its_archive_number()
    {
        var chain = ArchiveSamples.Chain(3);
        ArchiveSamples.Set(chain[1], nameof(ArchiveRecord.SnapshotJson), chain[1].SnapshotJson.Replace("王女士", "李先生"));
        var problem = Assert.Single(RecordIntegrity.Walk(chain));
        Assert.Equal("2026-12345-000002", problem.ArchiveNumber);
        Assert.Contains("快照", problem.Message);
    }

    [Fact]
    public void A_changed_field_is_reported_even_when_its_hash_was_recomputed_unless_the_next_link_is_rewritten_too()
    {
        var chain = ArchiveSamples.Chain(3);
        ArchiveSamples.Set(chain[0], nameof(ArchiveRecord.Retention), RetentionPeriod.TenYears);
        Assert.Equal("2026-12345-000001", Assert.Single(RecordIntegrity.Walk(chain)).ArchiveNumber);

        // Someone recomputes the record's own hash: the next record's link now gives it away.
        ArchiveSamples.Set(chain[0], nameof(ArchiveRecord.RecordHash), RecordHashing.RecordHash(chain[0]));
        var problem = Assert.Single(RecordIntegrity.Walk(chain));
        Assert.Equal("2026-12345-000002", problem.ArchiveNumber);
        Assert.Contains("2026-12345-000001", problem.Message);
    }

    [Fact]
    public void A_record_missing_from_the_middle_is_reported_by_its_number()
    {
        var chain = ArchiveSamples.Chain(4);
        chain.RemoveAt(1);
        var problem = Assert.Single(RecordIntegrity.Walk(chain));
        Assert.Equal("2026-12345-000002", problem.ArchiveNumber);
        Assert.Contains("缺失", problem.Message);
    }

    [Fact]
    public void A_search_copy_that_differs_from_the_snapshot_is_reported()
    {
        var chain = ArchiveSamples.Chain(2);
        ArchiveSamples.Set(chain[1], nameof(ArchiveRecord.Content), "被改过的内容");
        var problem = Assert.Single(RecordIntegrity.Walk(chain));
        Assert.Equal(("2026-12345-000002", "检索字段“诉求内容”与档案内容不一致。"), (problem.ArchiveNumber, problem.Message));
    }

    [Fact]
    public void A_supplementary_record_names_its_original()
    {
        var chain = ArchiveSamples.Chain(1);
        var s = ArchiveSamples.Snapshot();
        var supplement = ArchiveRecord.Seal(ArchiveSamples.Contents(s, chain[0].CaseId, ArchiveSamples.Closed.AddDays(3)), 2026, 2, chain[0], chain[0],
            ArchiveSamples.Closed.AddDays(3), "系统");
        Assert.Equal(RecordKind.Supplementary, supplement.Kind);
        Assert.Equal((chain[0].Id, "2026-12345-000001"), (supplement.OriginalRecordId!.Value, supplement.OriginalArchiveNumber!));
    }

    [Fact]
    public void Sealing_out_of_place_is_refused()
    {
        var chain = ArchiveSamples.Chain(2);
        Assert.Throws<InvalidOperationException>(() =>
            ArchiveRecord.Seal(ArchiveSamples.Contents(ArchiveSamples.Snapshot()), 2026, 4, chain[1], null, ArchiveSamples.Closed, "系统"));
    }
}
