namespace Hotline.Platform;

/// <summary>A request that breaks a business rule; the message is Chinese and shown to the user as is.</summary>
public class BusinessRuleException(string message) : Exception(message);
