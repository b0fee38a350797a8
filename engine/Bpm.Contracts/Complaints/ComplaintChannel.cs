using System.Text.Json.Serialization;

namespace Bpm.Contracts.V1;

/// <summary>投诉渠道: how a complaint reached the receiving platform.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComplaintChannel>))]
public enum ComplaintChannel
{
    /// <summary>电话 (e.g. the 12345 hotline).</summary>
    Phone = 1,

    /// <summary>网络: a web portal or app.</summary>
    Online = 2,

    /// <summary>信件.</summary>
    Letter = 3,

    /// <summary>来访: in person.</summary>
    Visit = 4,

    /// <summary>电子邮件.</summary>
    Email = 5,

    /// <summary>其他.</summary>
    Other = 99,
}
