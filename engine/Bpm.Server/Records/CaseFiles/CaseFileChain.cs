namespace Bpm.Server.Records.CaseFiles;

/// <summary>The case's history chain as stored with the instance: how many rows, and the last row's hash.</summary>
public sealed record CaseFileChain(long Entries, string? HeadHash);
