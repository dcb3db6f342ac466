namespace Hearth.Simulation.Population;

/// <summary>A North Somerset town, its postcode districts, and the services near it.</summary>
internal sealed record Town(
    string Name,
    string[] Districts,
    int Weight,
    bool IsNorth,
    string[] Surgeries,
    (string Name, string Number)[] PrimarySchools,
    string SecondarySchool);

/// <summary>
/// Places for the demo local authority. Towns and postcode districts are North Somerset's own; streets,
/// surgeries, schools and establishment numbers are made up, so no real household or school is named.
/// </summary>
internal static class Places
{
    public const string LocalAuthorityCode = "802";

    public static IReadOnlyList<Town> Towns { get; } =
    [
        new(
            "Weston-super-Mare",
            ["BS22", "BS23", "BS24"],
            55,
            false,
            ["Bay View Medical Centre", "Milton Road Surgery", "Locking Castle Health Centre", "Oldmixon Family Practice"],
            [("Seaview Primary School", "2104"), ("Hillside Primary School", "2117"), ("St Anne's Church of England Primary School", "3092"),
                ("Ashcombe Park Primary School", "2125"), ("Worle Green Primary School", "2131")],
            "Weston Bay Academy"),
        new(
            "Clevedon",
            ["BS21"],
            12,
            true,
            ["Pier View Surgery", "Strode Road Medical Practice"],
            [("Salthouse Primary School", "2143"), ("Highdale Primary School", "2148")],
            "Clevedon Park School"),
        new(
            "Portishead",
            ["BS20"],
            10,
            true,
            ["Marina Health Centre", "Harbour Road Surgery"],
            [("Gordano Park Primary School", "2152"), ("Redcliffe Bay Primary School", "2156")],
            "Portishead Park Academy"),
        new(
            "Nailsea",
            ["BS48"],
            9,
            true,
            ["Nailsea Green Surgery", "Backwell Lane Medical Practice"],
            [("Nailsea Moor Primary School", "2161"), ("Westwood Primary School", "2164")],
            "Nailsea Park School"),
        new(
            "Yatton",
            ["BS49"],
            6,
            true,
            ["Mendip View Surgery"],
            [("Cadbury Hill Primary School", "2170"), ("Congresbury Moor Church of England Primary School", "3101")],
            "Strode Valley School"),
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Church Road", "Station Road", "High Street", "Orchard Close", "Meadow Way", "Beach Road", "Sandford Walk",
        "Seagull Close", "Dunlin Road", "Puffin Way", "Queens Road", "Victoria Park", "Elm Grove", "Willow Close",
        "Severn Avenue", "Channel View", "Mendip Road", "Saltmarsh Drive", "Lighthouse View", "Woodspring Crescent",
        "Coronation Road", "St Marys Road", "Castle Road", "Heron Gardens", "Kingfisher Drive", "Sandpiper Road",
        "Bristol Road", "Old Church Road", "Lime Close", "Holly Lane", "Parklands Road", "Rowan Way", "Cedar Avenue",
        "Samphire Close", "Foxglove Road", "Meadowsweet Lane", "Windmill Hill", "Cherry Tree Close", "Ashcombe Road",
    ];

    public static IReadOnlyList<string> BlocksOfFlats { get; } =
    [
        "Marine Court", "Seaview House", "Harbour Mews", "Tower Court", "Clarence Heights", "Sovereign House", "Knightstone Court",
    ];

    public static IReadOnlyList<string> Nurseries { get; } =
    [
        "Little Acorns Nursery", "Sandcastles Pre-school", "Rainbow Day Nursery", "Busy Bees Children's Centre Nursery",
    ];

    public static IReadOnlyList<string> Doctors { get; } =
    [
        "Dr Helen Marsh", "Dr Rajiv Menon", "Dr Sarah Fielding", "Dr Oluwaseun Ade", "Dr Catherine Doyle", "Dr Ian Pritchard",
        "Dr Mei Lin Tan", "Dr Andrew Hale",
    ];

    public static IReadOnlyList<string> SafeguardingLeads { get; } =
    [
        "Mrs Karen Hodges", "Mr Paul Ashworth", "Miss Leanne Carter", "Mrs Nadia Farooq", "Mr Gareth Rees", "Mrs Julie Pike",
        "Ms Bethan Lloyd", "Mr Simon Yeo",
    ];

    public static IReadOnlyList<string> FosterCarers { get; } =
    [
        "Karen and Steve Tucker", "Margaret Hodges", "Ade and Funmi Balogun", "Lisa and Paul Chivers", "Janet Lovell",
        "Sue and Dave Weeks", "Rachel Morton", "Graham and Anne Perrett",
    ];

    public static IReadOnlyList<string> SupportedLodgings { get; } =
    [
        "Harbour House Supported Lodgings", "Seaview Young People's Service", "Birnbeck Supported Accommodation",
    ];

    public const string SixthFormCollege = "Weston Bay College";

    public const string HealthVisiting = "North Somerset 0 to 19 Public Health Nursing";

    public const string Midwifery = "North Somerset Community Midwifery Team";

    public const string Camhs = "North Somerset CAMHS";

    public const string YouthJustice = "North Somerset Youth Justice Service";

    public const string Police = "Avon and Somerset Police";

    public const string TemporaryAccommodation = "Bayside House";
}
