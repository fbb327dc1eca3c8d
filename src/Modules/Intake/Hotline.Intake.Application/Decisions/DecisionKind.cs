namespace Hotline.Intake.Decisions;

/// <summary>The decision tabs of the registration and pending pages.</summary>
public enum DecisionKind
{
    Accept,
    Answer,
    NotAccept,
    Emergency,
    Invalid,
}
