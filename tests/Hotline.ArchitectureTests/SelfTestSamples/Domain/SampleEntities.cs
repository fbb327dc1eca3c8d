using Microsoft.EntityFrameworkCore;

namespace Hotline.ArchitectureTests.SelfTestSamples.Domain;

// A miniature Domain for TemplateCheckerSelfTests: one entity done right, and the mistakes the template forbids.

public enum SampleStatus
{
    Open,
    Closed,
}

/// <summary>Right: the status changes only through a step.</summary>
public sealed class SampleTicket
{
    public SampleStatus Status { get; private set; }

    public void Close() => Status = SampleStatus.Closed;
}

/// <summary>Wrong: anyone may set the status, and a property ending in Status may be set in an initializer.</summary>
public sealed class SampleLooseTicket
{
    public SampleStatus Status { get; set; }

    public SampleStatus ReviewStatus { get; init; }

    internal SampleStatus PaymentStatus { get; set; }
}

/// <summary>Wrong: a Domain type that knows the database.</summary>
public sealed class SampleEntityWithDbContext
{
    public DbContext? Context { get; set; }
}
