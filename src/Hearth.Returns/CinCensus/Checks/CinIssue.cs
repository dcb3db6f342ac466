namespace Hearth.Returns.CinCensus.Checks;

/// <summary>How the DfE treats a rule's finding: an error must be fixed; a query must be fixed or explained.</summary>
public enum CinIssueSeverity
{
    Error,
    Query,
}

/// <summary>
/// One thing a CIN census rule found: the child (<c>LAchildID</c>; empty for a finding about the whole return),
/// the DfE rule code as the DfE writes it (a query's code ends in Q), its severity and a plain-English message
/// that names the field and says how to put it right.
/// </summary>
public sealed record CinIssue(string LAChildId, string RuleCode, CinIssueSeverity Severity, string Message)
{
    /// <summary>True for a finding about the whole return rather than one child.</summary>
    public bool IsReturnLevel => LAChildId.Length == 0;
}

/// <summary>A rule as the DfE publishes it: code, severity and the DfE's own short message.</summary>
public sealed record CinRule(string Code, CinIssueSeverity Severity, string DfeMessage, CinRuleScope Scope);

/// <summary>What a rule looks at.</summary>
public enum CinRuleScope
{
    /// <summary>The header: one finding at most, about the whole return.</summary>
    Header,

    /// <summary>One child's record at a time.</summary>
    Child,

    /// <summary>The whole return, from totals gathered child by child.</summary>
    Return,
}

/// <summary>
/// Marks a rule method of a <see cref="CinCensusRuleSet"/> with the DfE rule it implements. The method takes a
/// <see cref="CinHeader"/>, a <see cref="CinChild"/> or <see cref="CinReturnTotals"/> and returns its findings.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class CinRuleAttribute(string code, CinIssueSeverity severity, string dfeMessage) : Attribute
{
    public string Code { get; } = code;

    public CinIssueSeverity Severity { get; } = severity;

    public string DfeMessage { get; } = dfeMessage;
}
