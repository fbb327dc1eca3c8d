namespace Hotline.Platform.Persistence;

/// <summary>A row of a small table nearly every request reads (units, categories, settings…): a save that touches one empties the in-memory copy.</summary>
public interface IReferenceData;
