namespace Hotline.Platform.Persistence;

/// <summary>An entity with an app-managed optimistic concurrency token, renewed on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
