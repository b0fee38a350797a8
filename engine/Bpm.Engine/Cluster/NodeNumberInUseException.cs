namespace Bpm.Engine.Cluster;

/// <summary>This node may not start: a live node of the same database already makes keys with this node number.</summary>
public sealed class NodeNumberInUseException(int nodeNumber, string holder, string host, DateTimeOffset lastHeartbeat)
    : Exception($"节点编号 {nodeNumber} 已被存活节点 {holder}（主机 {host}，最后心跳 {lastHeartbeat:O}）占用；"
        + $"请为本节点设置另一个 Bpm:Engine:NodeNumber（0–1023），或等该节点停止。"
        + $" Node number {nodeNumber} is held by the live node {holder} on {host}; set a different Bpm:Engine:NodeNumber.")
{
    public int NodeNumber { get; } = nodeNumber;
    public string Holder { get; } = holder;
}
