namespace Hotline.Administration.Shared;

/// <summary>A choice in a tree picker, shown with its full path so that two "社区居委会" under different streets stay apart.</summary>
public sealed record TreeOption(Guid Id, string Code, string PathName);
