namespace Bpm.Engine.Messaging;

/// <summary>A message contract as the kernel sees it: its name and whether BPM sends it (agencies send the others).</summary>
public sealed record MessageContractInfo(string Name, bool SentByBpm);
