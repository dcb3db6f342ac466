namespace Hearth.Domain.Workforce;

/// <summary>
/// What a person does in children's services. It decides which children's records they can see
/// and what they can do with them (see <see cref="Access.AccessPolicy"/>). The numbers are stored.
/// </summary>
public enum Role
{
    SocialWorker = 1,
    TeamManager = 2,
    IndependentReviewingOfficer = 3,
    BusinessSupport = 4,
    QualityAssuranceOfficer = 5,
    SeniorLeader = 6,
    DataOfficer = 7,
    Administrator = 8,
}

/// <summary>Display names and the facts about each role that rules depend on.</summary>
public static class RoleExtensions
{
    extension(Role role)
    {
        public string DisplayName => role switch
        {
            Role.SocialWorker => "Social worker",
            Role.TeamManager => "Team manager",
            Role.IndependentReviewingOfficer => "Independent reviewing officer or child protection chair",
            Role.BusinessSupport => "Business support",
            Role.QualityAssuranceOfficer => "Quality assurance officer",
            Role.SeniorLeader => "Senior leader",
            Role.DataOfficer => "Data officer",
            Role.Administrator => "Administrator",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
        };

        /// <summary>Social workers and team managers hold cases, so children can be allocated to them.</summary>
        public bool HoldsCases => role is Role.SocialWorker or Role.TeamManager;

        /// <summary>
        /// Practising social work in England requires registration with Social Work England
        /// (Children and Social Work Act 2017, Part 2). Team managers are social workers who manage.
        /// </summary>
        public bool RequiresSocialWorkEnglandRegistration => role is Role.SocialWorker or Role.TeamManager;
    }
}
