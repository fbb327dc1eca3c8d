using Hotline.Archive.Domain;
using Hotline.Platform;
using Hotline.Platform.Rules;

namespace Hotline.UnitTests.Archive;

/// <summary>销毁: who may be destroyed, what stays, and how the chain check tells a lawful disposal from an unlawful emptying.</summary>
public sealed class DisposalTests
{
    private static readonly DateTime PastThirtyYears = ArchiveSamples.Closed.AddYears(30).AddDays(1);

    [Fact]
    public void A_record_can_be_proposed_only_after_its_retention_period_with_a_reason()
    {
        var record = ArchiveSamples.Chain(1)[0];
        var early = Assert.Throws<DomainRuleViolation>(() => ArchiveDisposal.Propose(record, "已无保存价值", "archivist", ArchiveSamples.Closed.AddYears(29)));
        Assert.Contains("保管期限未满", early.Message);
        Assert.Equal(ArchiveDisposal.RetentionElapsed.Code, early.Rule.Code);
        Assert.Throws<BusinessRuleException>(() => ArchiveDisposal.Propose(record, "  ", "archivist", PastThirtyYears));

        var disposal = ArchiveDisposal.Propose(record, "鉴定无继续保存价值", "archivist", PastThirtyYears);
        Assert.Equal(DisposalState.Proposed, disposal.State);
        Assert.Equal(record.RecordHash, disposal.RecordHash);
    }

    [Fact]
    public void A_decided_proposal_cannot_be_decided_again_and_a_refusal_needs_a_reason()
    {
        var disposal = ArchiveDisposal.Propose(ArchiveSamples.Chain(1)[0], "鉴定无继续保存价值", "archivist", PastThirtyYears);
        Assert.Throws<BusinessRuleException>(() => disposal.Refuse("admin", null, PastThirtyYears));
        Assert.Equal(DisposalState.Proposed, disposal.State);
        disposal.Approve("admin", null, PastThirtyYears);
        Assert.Equal(ArchiveDisposal.DecidedOnce.Code, Assert.Throws<DomainRuleViolation>(() => disposal.Refuse("admin", "再议", PastThirtyYears)).Rule.Code);
    }

    [Fact]
    public void A_destroyed_record_keeps_its_seal_and_the_chain_stays_intact_with_its_register_line()
    {
        var chain = ArchiveSamples.Chain(3);
        var disposal = ArchiveDisposal.Propose(chain[1], "鉴定无继续保存价值", "archivist", PastThirtyYears);
        disposal.Approve("admin", "同意", PastThirtyYears);
        var hash = chain[1].RecordHash;
        chain[1].Destroy(disposal.Id, PastThirtyYears);

        Assert.Equal("", chain[1].SnapshotJson);
        Assert.Null(chain[1].CallerPhone);
        Assert.Equal(hash, chain[1].RecordHash);
        Assert.Empty(RecordIntegrity.Walk(chain, disposals: new Dictionary<Guid, ArchiveDisposal> { [disposal.Id] = disposal }));

        // Without its approved register line the emptied record is reported, by its number.
        var problem = Assert.Single(RecordIntegrity.Walk(chain));
        Assert.Equal(chain[1].ArchiveNumber, problem.ArchiveNumber);
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("+86 138-1234-5678", true)]
    [InlineData("0371-12345678", true)]
    [InlineData("1381234", false)]
    [InlineData("5678", false)]
    [InlineData("12345678", false)]
    public void Only_a_whole_number_is_searched(string input, bool whole) =>
        Assert.Equal(whole, PhoneDigits.IsWhole(PhoneDigits.Of(input)));
}
