namespace Bpm.Server.Records.CaseFiles;

/// <summary>One chain head an anchor sealed: an instance key in decimal, or <c>audit</c> / <c>access</c>.</summary>
public sealed record CaseFileAnchorLeaf(string Chain, long Entries, string HeadHash);
