using Hearth.Domain.Children;

namespace Hearth.Simulation.Population;

/// <summary>
/// A family background for a demo household: the ethnicity recorded for the children and names,
/// language and religion that go with it. Weights give a mostly White British unitary authority
/// with the minorities North Somerset's children's services actually work with.
/// </summary>
internal sealed record Heritage(
    Ethnicity Ethnicity,
    int Weight,
    string[] FamilyNames,
    string[] Boys,
    string[] Girls,
    string[] Women,
    string[] Men,
    string Language = "English",
    Religion? Religion = null,
    ImmigrationStatus? ImmigrationStatus = null);

internal static class People
{
    public static readonly string[] EnglishFamilyNames =
    [
        "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke",
        "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "King", "Baker", "Harrison",
        "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Marshall", "Simpson", "Ellis",
        "Pearce", "Vowles", "Tucker", "Stevens", "Hancock", "Rowe", "Gould", "Sparkes", "Coles", "Dyer", "Tanner",
        "Perrett", "Counsell", "Hembrow", "Lovell", "Chivers", "Durston", "Cottle", "Bisgrove", "Weeks",
    ];

    private static readonly string[] EnglishBoys =
    [
        "Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo", "Archie",
        "Theo", "Tommy", "Riley", "Mason", "Kai", "Tyler", "Logan", "Ethan", "Callum", "Lewis", "Kian", "Brandon",
        "Bailey", "Reece", "Connor", "Finley", "Ollie", "Frankie", "Jenson", "Reggie", "Albie", "Ronnie", "Teddy",
        "Harrison", "Max", "Dylan", "Liam", "Joshua", "Thomas", "William", "Alexander", "Samuel", "Joseph", "Daniel",
    ];

    private static readonly string[] EnglishGirls =
    [
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Lily", "Poppy", "Ruby", "Evie", "Ellie", "Millie", "Grace", "Freya",
        "Sophie", "Chloe", "Jessica", "Lacey", "Paige", "Megan", "Leah", "Summer", "Holly", "Kayleigh", "Macie", "Darcy",
        "Willow", "Ivy", "Rosie", "Isabella", "Phoebe", "Scarlett", "Harper", "Maisie", "Lola", "Tilly", "Ellie-Mae",
        "Lexi", "Elizabeth", "Charlotte", "Emily", "Amber", "Skye",
    ];

    private static readonly string[] EnglishWomen =
    [
        "Sarah", "Emma", "Laura", "Gemma", "Kelly", "Stacey", "Amy", "Rebecca", "Charlotte", "Danielle", "Hayley",
        "Jade", "Kirsty", "Leanne", "Natalie", "Samantha", "Zoe", "Lauren", "Jodie", "Chantelle", "Shannon", "Vicky",
        "Donna", "Claire", "Lisa", "Nicola", "Tracey", "Michelle", "Becky", "Carly", "Toni", "Hannah", "Abbie", "Chelsea",
    ];

    private static readonly string[] EnglishMen =
    [
        "Daniel", "James", "Lee", "Craig", "Jamie", "Ryan", "Dean", "Scott", "Wayne", "Darren", "Mark", "Paul", "Matthew",
        "Adam", "Ashley", "Carl", "Jason", "Liam", "Kyle", "Josh", "Luke", "Aaron", "Nathan", "Sam", "Tom", "Ben",
        "Chris", "Gary", "Shane", "Jordan",
    ];

    public static IReadOnlyList<Heritage> Heritages { get; } =
    [
        new(Ethnicity.WhiteBritish, 170, EnglishFamilyNames, EnglishBoys, EnglishGirls, EnglishWomen, EnglishMen),
        new(
            Ethnicity.AnyOtherWhiteBackground,
            6,
            ["Nowak", "Wójcik", "Mazur", "Kaczmarek", "Krawczyk", "Kowalczyk"],
            ["Jakub", "Szymon", "Filip", "Antoni", "Kacper", "Mikołaj", "Wiktor", "Oliwier"],
            ["Zuzanna", "Julia", "Maja", "Hanna", "Lena", "Alicja", "Oliwia", "Wiktoria"],
            ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Anna"],
            ["Tomasz", "Piotr", "Marcin", "Krzysztof", "Paweł", "Łukasz"],
            "Polish",
            Religion.Christian,
            ImmigrationStatus.EuSettledStatus),
        new(
            Ethnicity.AnyOtherWhiteBackground,
            3,
            ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin"],
            ["Andrei", "Matei", "Luca", "David", "Stefan", "Ionut"],
            ["Ioana", "Maria", "Elena", "Sofia", "Ana", "Daria"],
            ["Mihaela", "Andreea", "Alina", "Cristina", "Florentina"],
            ["Florin", "Ionel", "Marius", "Adrian", "Gabriel", "Bogdan"],
            "Romanian",
            Religion.Christian,
            ImmigrationStatus.EuPreSettledStatus),
        new(
            Ethnicity.TravellerOfIrishHeritage,
            2,
            ["McDonagh", "Maughan", "Joyce", "Connors", "McGinley"],
            ["Patrick", "Martin", "Michael", "John", "Johnny", "Christy"],
            ["Bridget", "Mary", "Margaret", "Kathleen", "Nora", "Winnie"],
            ["Mary", "Bridget", "Ellen", "Kathleen", "Margaret"],
            ["Patrick", "Martin", "Michael", "John"],
            Religion: Religion.Christian),
        new(
            Ethnicity.GypsyRoma,
            2,
            ["Boswell", "Loveridge", "Ayres", "Penfold", "Buckland"],
            ["Levi", "Henry", "Tyson", "Elijah", "Joseph", "Jimmy"],
            ["Violet", "Rosie", "Dolly", "Lila", "Cerise"],
            ["Violet", "Rose", "Roseanne", "Caroline"],
            ["Levi", "Henry", "Joseph", "Sam"]),
        new(
            Ethnicity.WhiteIrish,
            2,
            ["Murphy", "O'Brien", "Kelly", "O'Sullivan", "Byrne", "Doyle"],
            ["Cian", "Oisín", "Conor", "Darragh", "Fionn"],
            ["Aoife", "Niamh", "Saoirse", "Ciara", "Róisín"],
            ["Siobhan", "Niamh", "Orla", "Aisling"],
            ["Declan", "Ciaran", "Eoin", "Padraig"]),
        new(
            Ethnicity.WhiteAndBlackCaribbean,
            7,
            ["Campbell", "Francis", "Grant", "Henry", "Thompson", "Brown", "Williams", "Clarke"],
            ["Marcus", "Malachi", "Kai", "Tyrese", "Ezra", "Elijah", "Josiah", "Isaiah", "Reuben"],
            ["Tia", "Amara", "Imani", "Nia", "Aaliyah", "Jada", "Keira", "Mya"],
            EnglishWomen,
            ["Delroy", "Marlon", "Leon", "Wesley", "Jermaine", "Andre"]),
        new(
            Ethnicity.WhiteAndBlackAfrican,
            4,
            ["Okafor", "Mensah", "Osei", "Adeyemi", "Taylor", "Hughes"],
            ["Kofi", "Samuel", "Tobi", "Isaac", "Ethan", "Femi"],
            ["Amara", "Zara", "Grace", "Esi", "Abena", "Adaeze"],
            EnglishWomen,
            ["Kwame", "Emeka", "Tunde", "Femi"]),
        new(
            Ethnicity.WhiteAndAsian,
            4,
            ["Khan", "Ahmed", "Hussain", "Sharma", "Hughes-Khan", "Walker"],
            ["Zayn", "Adam", "Rayyan", "Idris", "Ayaan", "Rohan"],
            ["Layla", "Sofia", "Aliyah", "Inaya", "Anya"],
            EnglishWomen,
            ["Imran", "Tariq", "Asif", "Sunil"]),
        new(Ethnicity.AnyOtherMixedBackground, 4, EnglishFamilyNames, EnglishBoys, EnglishGirls, EnglishWomen, EnglishMen),
        new(
            Ethnicity.Pakistani,
            2,
            ["Khan", "Hussain", "Ali", "Akhtar", "Iqbal", "Mahmood"],
            ["Muhammad", "Ibrahim", "Yusuf", "Hamza", "Ayaan", "Zain"],
            ["Aisha", "Maryam", "Fatima", "Zara", "Hafsa", "Khadijah"],
            ["Shazia", "Nadia", "Sana", "Rubina", "Farah"],
            ["Imran", "Asif", "Tariq", "Nadeem", "Shahid"],
            Religion: Religion.Muslim,
            ImmigrationStatus: ImmigrationStatus.BritishCitizen),
        new(
            Ethnicity.Indian,
            1,
            ["Patel", "Sharma", "Mistry", "Gill", "Sandhu"],
            ["Arjun", "Rohan", "Aarav", "Dev", "Kabir"],
            ["Priya", "Anika", "Diya", "Riya", "Simran"],
            ["Sunita", "Pooja", "Meena", "Harpreet"],
            ["Rajesh", "Sanjay", "Vikram", "Gurpreet"],
            Religion: Religion.Hindu),
        new(
            Ethnicity.Bangladeshi,
            1,
            ["Miah", "Uddin", "Rahman", "Islam", "Hoque"],
            ["Rayan", "Mahir", "Abdul", "Ayaan"],
            ["Tasnim", "Sumaiya", "Amira", "Nusrat"],
            ["Rina", "Shirin", "Nazma"],
            ["Jamal", "Abdul", "Shahid"],
            Religion: Religion.Muslim),
        new(
            Ethnicity.African,
            2,
            ["Mohamed", "Abdi", "Hassan", "Farah", "Warsame"],
            ["Abdirahman", "Mohamed", "Yusuf", "Ahmed", "Abdullahi"],
            ["Hodan", "Idil", "Hibo", "Najma", "Sagal"],
            ["Amina", "Fadumo", "Hawa", "Sahra"],
            ["Abdi", "Hassan", "Ali", "Omar"],
            "Somali",
            Religion.Muslim,
            ImmigrationStatus.RefugeeStatus),
        new(
            Ethnicity.African,
            2,
            ["Okafor", "Mensah", "Boateng", "Adeyemi", "Okonkwo"],
            ["Samuel", "David", "Emmanuel", "Tobi", "Kofi"],
            ["Blessing", "Precious", "Esther", "Ama", "Favour"],
            ["Funmi", "Abena", "Chioma", "Grace"],
            ["Emeka", "Kwame", "Tunde", "Kofi"],
            Religion: Religion.Christian),
        new(
            Ethnicity.Caribbean,
            1,
            ["Campbell", "Francis", "Grant", "Reid", "Bailey"],
            ["Malachi", "Kemar", "Jahmai", "Tyrell"],
            ["Shanice", "Tianna", "Kenisha", "Leah"],
            ["Marcia", "Sharon", "Tanya"],
            ["Delroy", "Marlon", "Winston"]),
        new(
            Ethnicity.Chinese,
            1,
            ["Chen", "Wang", "Zhang", "Wong", "Lam"],
            ["Ethan", "Jason", "Hao", "Ryan"],
            ["Mei", "Chloe", "Jessica", "Lin"],
            ["Mei", "Ying", "Xiu"],
            ["Wei", "Jun", "Ming"]),
        new(
            Ethnicity.AnyOtherEthnicGroup,
            2,
            ["Haddad", "Al-Hassan", "Karimi", "Mustafa"],
            ["Omar", "Yousef", "Karim", "Adam", "Hadi"],
            ["Lana", "Rania", "Sara", "Noor", "Yasmin"],
            ["Rasha", "Dalia", "Hana"],
            ["Khaled", "Rami", "Hussein"],
            "Arabic",
            Religion.Muslim,
            ImmigrationStatus.RefugeeStatus),
        new(
            Ethnicity.AnyOtherAsianBackground,
            1,
            ["Ahmadi", "Hakimi", "Noori", "Rahimi"],
            ["Ahmad", "Mustafa", "Farid", "Rahim"],
            ["Parisa", "Mariam", "Shabnam"],
            ["Nasrin", "Fariba"],
            ["Jawad", "Karim", "Naser"],
            "Dari",
            Religion.Muslim,
            ImmigrationStatus.LimitedLeaveToRemain),
    ];

    public static IReadOnlyDictionary<string, string> Nicknames { get; } = new Dictionary<string, string>
    {
        ["Thomas"] = "Tommy",
        ["William"] = "Billy",
        ["Alexander"] = "Alex",
        ["Samuel"] = "Sam",
        ["Joseph"] = "Joe",
        ["Daniel"] = "Danny",
        ["Isabella"] = "Bella",
        ["Elizabeth"] = "Libby",
        ["Jessica"] = "Jess",
        ["Charlotte"] = "Lottie",
        ["Olivia"] = "Liv",
        ["Joshua"] = "Josh",
    };
}
