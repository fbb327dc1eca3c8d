namespace Hotline.Supervision.Domain;

/// <summary>One line of a supervision's history: who did what, when.</summary>
internal sealed class SupervisionStep
{
    private SupervisionStep() { }

    public SupervisionStep(Guid supervisionId, DateTime atUtc, string actorName, string action, string? text)
    {
        Id = Guid.CreateVersion7();
        SupervisionId = supervisionId;
        AtUtc = atUtc;
        ActorName = actorName;
        Action = action;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid SupervisionId { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? Text { get; private set; }
}
