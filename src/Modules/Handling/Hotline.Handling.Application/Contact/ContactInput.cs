namespace Hotline.Handling.Contact;

/// <summary>联系诉求人 as entered: when (UTC; none = the moment of saving), how, whether the caller was reached, what was said.</summary>
internal sealed record ContactInput(DateTime? ContactedAtUtc, ContactMethod Method, bool Reached, string? Note);
