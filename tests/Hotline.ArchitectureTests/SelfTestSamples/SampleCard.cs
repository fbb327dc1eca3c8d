using Microsoft.AspNetCore.Components;

namespace Hotline.ArchitectureTests.SelfTestSamples;

// A miniature "module" surface for CheckerSelfTests: a public component whose parameter type
// (and that type's property type) C# forces to be public, next to a public type nothing exposes.

public sealed class SampleCard : ComponentBase
{
    [Parameter, EditorRequired] public SampleCardState State { get; set; } = default!;
}

public sealed class SampleCardState
{
    public SampleKind Kind { get; set; }
}

public enum SampleKind
{
    Plain,
    Urgent,
}

/// <summary>Could be internal: no public signature of a component mentions it.</summary>
public sealed class SampleService
{
    public SampleKind Classify(string text) => text.Contains('急') ? SampleKind.Urgent : SampleKind.Plain;
}
