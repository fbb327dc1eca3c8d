namespace Hotline.Platform.Seeding.Scale;

/// <summary>
/// A module's part of the scale generator (<c>seed-scale</c>): writes its own tables for a batch of generated cases,
/// through its own entities, in bulk. Seeders run in <see cref="Order"/> for every batch, so a module may rely on
/// the modules before it having written the same cases.
/// </summary>
public interface IScaleSeeder
{
    int Order { get; }

    /// <summary>Once before the first batch, e.g. to refuse a database that already holds cases.</summary>
    Task PrepareAsync(ScaleRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    Task WriteAsync(IReadOnlyList<ScaleCase> batch, CancellationToken cancellationToken);

    /// <summary>Once after the last batch, e.g. to move a number sequence past the generated numbers.</summary>
    Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What the generator was asked for, for a seeder's checks before it writes.</summary>
/// <param name="NumberPrefix">The prefix of the generated case numbers (Intake's setting must match).</param>
public sealed record ScaleRun(int Cases, int Years, int Seed, string NumberPrefix);
