namespace Hotline.Intake.Domain;

/// <summary>The last case number issued for one prefix and China date; incremented inside the registering transaction.</summary>
internal sealed class CaseNumberSequence
{
    public string Key { get; set; } = "";
    public int LastValue { get; set; }
}
