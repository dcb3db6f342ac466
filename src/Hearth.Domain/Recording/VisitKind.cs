namespace Hearth.Domain.Recording;

/// <summary>Why a child was visited. A visit counts against the visiting timescale of the plan it is made under.</summary>
public enum VisitKind
{
    /// <summary>A statutory visit to a child on a child protection plan.</summary>
    ChildProtection,

    /// <summary>A visit to a child on a child in need plan.</summary>
    ChildInNeed,

    /// <summary>A visit during a child and family assessment.</summary>
    Assessment,

    /// <summary>A visit during a section 47 enquiry.</summary>
    Section47Enquiry,

    /// <summary>Any other visit.</summary>
    Other,
}

/// <summary>How each kind of visit is named on pages and in the chronology.</summary>
public static class VisitKindExtensions
{
    extension(VisitKind kind)
    {
        public string DisplayName => kind switch
        {
            VisitKind.ChildProtection => "Child protection visit",
            VisitKind.ChildInNeed => "Child in need visit",
            VisitKind.Assessment => "Assessment visit",
            VisitKind.Section47Enquiry => "Section 47 enquiry visit",
            VisitKind.Other => "Other visit",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of visit."),
        };
    }
}
