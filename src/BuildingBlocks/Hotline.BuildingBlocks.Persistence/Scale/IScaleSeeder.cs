namespace Hotline.Platform.Seeding.Scale;

/// <summary>
/// A module's part of the scale generator (<c>seed-scale</c>): tells a batch of generated cases as its own entities
/// and writes them to its own tables in bulk. The generator tells each batch through every seeder in
/// <see cref="Order"/>, one batch after another, and inserts the told rows in the same order while it tells the next
/// batch: telling may read reference data, never the rows of the generated cases.
/// </summary>
public interface IScaleSeeder
{
    int Order { get; }

    /// <summary>Once before the first batch, e.g. to refuse a database that already holds cases.</summary>
    Task PrepareAsync(ScaleRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The module's rows for the batch (CPU work; the generator inserts them later).</summary>
    Task<ScaleRows> TellAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken);

    /// <summary>Once after the last batch, e.g. to move a number sequence past the generated numbers.</summary>
    Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What the generator was asked for, for a seeder's checks before it writes.</summary>
/// <param name="NumberPrefix">The prefix of the generated case numbers (Intake's setting must match).</param>
public sealed record ScaleRun(int Cases, int Years, int Seed, string NumberPrefix);
