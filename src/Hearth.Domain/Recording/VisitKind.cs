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
