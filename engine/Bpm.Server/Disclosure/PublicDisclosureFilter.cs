namespace Bpm.Server.Disclosure;

/// <summary>What the public page asks for: agency name part, category, decision date range, free text, 1-based page.</summary>
public sealed record PublicDisclosureFilter(string? Agency, string? Category, DateOnly? From, DateOnly? To, string? Text, int Page, int PageSize);
