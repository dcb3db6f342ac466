using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Hearth.Returns.CinCensus.Checks;

/// <summary>
/// A collection year's DfE validation rules for the CIN census, one method per rule code marked with
/// <see cref="CinRuleAttribute"/>. A new year's rules are a new class deriving from the previous year's: it
/// overrides the methods whose logic changed and adds the new ones, so a past year's rules never change.
/// Run the rules on a whole file with <see cref="Check(CinCensusReader)"/>, or on one child's record as it is
/// edited with <see cref="CheckChild"/>.
/// </summary>
public abstract class CinCensusRuleSet
{
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, CinRuleAttribute>> s_rulesByMethod = new();

    private readonly FrozenDictionary<string, CinRuleAttribute> _byMethod;
    private readonly Func<CinHeader?, IEnumerable<CinIssue>>[] _headerRules;
    private readonly Func<CinChild, IEnumerable<CinIssue>>[] _childRules;
    private readonly Func<CinReturnTotals, IEnumerable<CinIssue>>[] _returnRules;

    protected CinCensusRuleSet(CinCollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        Year = year;
        Codes = CinCensusCodes.For(year);
        _byMethod = s_rulesByMethod.GetOrAdd(GetType(), FindRules);

        var header = new List<Func<CinHeader?, IEnumerable<CinIssue>>>();
        var child = new List<Func<CinChild, IEnumerable<CinIssue>>>();
        var whole = new List<Func<CinReturnTotals, IEnumerable<CinIssue>>>();
        var rules = new List<CinRule>();
        foreach (var method in RuleMethods(GetType()))
        {
            var attribute = _byMethod[method.Name];
            var parameter = method.GetParameters().Single().ParameterType;
            CinRuleScope scope;
            if (parameter == typeof(CinHeader))
            {
                header.Add(method.CreateDelegate<Func<CinHeader?, IEnumerable<CinIssue>>>(this));
                scope = CinRuleScope.Header;
            }
            else if (parameter == typeof(CinChild))
            {
                child.Add(method.CreateDelegate<Func<CinChild, IEnumerable<CinIssue>>>(this));
                scope = CinRuleScope.Child;
            }
            else if (parameter == typeof(CinReturnTotals))
            {
                whole.Add(method.CreateDelegate<Func<CinReturnTotals, IEnumerable<CinIssue>>>(this));
                scope = CinRuleScope.Return;
            }
            else
            {
                throw new InvalidOperationException($"Rule method {method.Name} must take a CinHeader, a CinChild or CinReturnTotals.");
            }

            rules.Add(new CinRule(attribute.Code, attribute.Severity, attribute.DfeMessage, scope));
        }

        _headerRules = [.. header];
        _childRules = [.. child];
        _returnRules = [.. whole];
        Rules = rules;
    }

    /// <summary>The collection year these rules are for; its reference date ends the census year.</summary>
    public CinCollectionYear Year { get; }

    /// <summary>The year's code lists, from its schema.</summary>
    public CinCensusCodes Codes { get; }

    /// <summary>Every rule in the set, in rule method order.</summary>
    public IReadOnlyList<CinRule> Rules { get; }

    /// <summary>The rules that look at the header.</summary>
    public IEnumerable<CinIssue> CheckHeader(CinHeader? header) => _headerRules.SelectMany(rule => rule(header));

    /// <summary>The rules that look at one child's record.</summary>
    public IEnumerable<CinIssue> CheckChild(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var rule in _childRules)
        {
            foreach (var issue in rule(child))
            {
                yield return issue;
            }
        }
    }

    /// <summary>The rules that look at the whole return.</summary>
    public IEnumerable<CinIssue> CheckReturn(CinReturnTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return _returnRules.SelectMany(rule => rule(totals));
    }

    /// <summary>Checks a whole return held in memory.</summary>
    public CinCensusCheckResult Check(CinCensusMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Check(message.Header, message.Children, []);
    }

    /// <summary>Checks a file as it is read, one child at a time; the reader's problems come back with the findings.</summary>
    public CinCensusCheckResult Check(CinCensusReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = Check(reader.Header, reader.ReadChildren(), reader.Problems);
        return result with { IsReadable = reader.IsReadable };
    }

    /// <summary>A finding about this child, for the rule whose method calls it.</summary>
    protected CinIssue Issue(CinChild child, string message, [CallerMemberName] string ruleMethod = "")
    {
        ArgumentNullException.ThrowIfNull(child);
        var rule = _byMethod[ruleMethod];
        return new CinIssue(child.LAChildId, rule.Code, rule.Severity, message);
    }

    /// <summary>A finding about the child with this LA child ID, for a return-level rule that names children.</summary>
    protected CinIssue IssueFor(string laChildId, string message, [CallerMemberName] string ruleMethod = "")
    {
        var rule = _byMethod[ruleMethod];
        return new CinIssue(laChildId, rule.Code, rule.Severity, message);
    }

    /// <summary>A finding about the whole return, for the rule whose method calls it.</summary>
    protected CinIssue ReturnIssue(string message, [CallerMemberName] string ruleMethod = "")
    {
        var rule = _byMethod[ruleMethod];
        return new CinIssue(string.Empty, rule.Code, rule.Severity, message);
    }

    private CinCensusCheckResult Check(CinHeader? header, IEnumerable<CinChild> children, IReadOnlyList<CinCensusProblem> problems)
    {
        var checking = StartChecking(header);
        foreach (var child in children)
        {
            checking.Add(child);
        }

        return checking.Finish(problems);
    }

    /// <summary>Checks a return one child at a time as it is built, for a return too large to hold in memory.</summary>
    public CinCensusChecking StartChecking(CinHeader? header) => new(this, header);

    /// <summary>A return being checked one child at a time: the child-level rules run as each child is added, the return-level ones at the end.</summary>
    public sealed class CinCensusChecking
    {
        private readonly CinCensusRuleSet _rules;
        private readonly List<CinIssue> _issues;
        private readonly CinReturnTotals _totals;

        internal CinCensusChecking(CinCensusRuleSet rules, CinHeader? header)
        {
            _rules = rules;
            _issues = [.. rules.CheckHeader(header)];
            _totals = new CinReturnTotals(rules.Year);
        }

        /// <summary>Checks the child and counts them towards the return-level rules; returns what the rules found about the child.</summary>
        public IReadOnlyList<CinIssue> Add(CinChild child)
        {
            ArgumentNullException.ThrowIfNull(child);
            _totals.Add(child);
            var found = _rules._childRules.SelectMany(rule => rule(child)).ToList();
            _issues.AddRange(found);
            return found;
        }

        /// <summary>What the return-level rules find about the children added so far.</summary>
        public IReadOnlyList<CinIssue> ReturnIssues() => [.. _rules.CheckReturn(_totals)];

        public CinCensusCheckResult Finish(IReadOnlyList<CinCensusProblem>? problems = null)
        {
            _issues.AddRange(ReturnIssues());
            return new CinCensusCheckResult(_rules.Year, _issues, problems ?? [], _totals.Children, IsReadable: true);
        }
    }

    private static IEnumerable<MethodInfo> RuleMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<CinRuleAttribute>(inherit: true) is not null)
            .OrderBy(m => m.MetadataToken);

    private static FrozenDictionary<string, CinRuleAttribute> FindRules(Type type)
    {
        var rules = RuleMethods(type).ToDictionary(m => m.Name, m => m.GetCustomAttribute<CinRuleAttribute>(inherit: true)!, StringComparer.Ordinal);
        var repeated = rules.Values.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidOperationException($"{type.Name} implements rule {string.Join(", ", repeated)} more than once.");
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>What checking a return found: the rules' findings and the problems reading the file.</summary>
public sealed record CinCensusCheckResult(
    CinCollectionYear Year,
    IReadOnlyList<CinIssue> Issues,
    IReadOnlyList<CinCensusProblem> Problems,
    int ChildrenChecked,
    bool IsReadable);
