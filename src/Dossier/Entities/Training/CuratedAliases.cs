namespace Dossier.Entities.Training;

/// <summary>
/// Names of actors that are common in news but missing from, or differently spelled in, the shipped sources
/// (the PETRARCH2 dictionaries end in 2014). General knowledge only: each line is one actor's usual names.
/// </summary>
internal static class CuratedAliases
{
    public static IReadOnlyList<(string Display, string Type, string[] Aliases)> All { get; } =
    [
        ("United States", "GPE", ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"]),
        ("United Kingdom", "GPE", ["U.K.", "UK", "Britain", "Great Britain"]),
        ("United Nations", "ORG", ["U.N.", "UN"]),
        ("European Union", "ORG", ["EU", "E.U."]),
        ("Soviet Union", "GPE", ["USSR", "U.S.S.R."]),
        ("United Arab Emirates", "GPE", ["UAE", "U.A.E."]),
        ("North Atlantic Treaty Organization", "ORG", ["NATO", "Nato"]),
        ("Islamic State", "ORG", ["ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Islamic State group"]),
        ("Islamic State Khorasan Province", "ORG", ["ISIS-K", "ISKP", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan", "Islamic State-Khorasan"]),
        ("al-Qaeda", "ORG", ["al Qaeda", "al-Qaida", "al Qaida", "Al-Qaeda", "Al Qaeda", "Qaeda"]),
        ("al-Qaeda in the Arabian Peninsula", "ORG", ["AQAP"]),
        ("Hezbollah", "ORG", ["Hizbollah", "Hizballah", "Hizbullah"]),
        ("Federal Bureau of Investigation", "ORG", ["FBI"]),
        ("Central Intelligence Agency", "ORG", ["CIA"]),
        ("National Security Agency", "ORG", ["NSA"]),
        ("Department of Homeland Security", "ORG", ["DHS", "Homeland Security Department"]),
        ("Department of Justice", "ORG", ["DOJ", "Justice Department"]),
        ("Department of Defense", "ORG", ["DOD", "Defense Department", "Pentagon"]),
        ("Department of State", "ORG", ["State Department"]),
        ("World Health Organization", "ORG", ["WHO"]),
        ("International Monetary Fund", "ORG", ["IMF"]),
        ("Democratic Party", "ORG", ["Democratic National Committee", "DNC"]),
        ("Republican Party", "ORG", ["GOP", "Republican National Committee", "RNC"]),
        ("People's Republic of China", "GPE", ["China", "PRC"]),
        ("Democratic People's Republic of Korea", "GPE", ["North Korea", "DPRK"]),
        ("Republic of Korea", "GPE", ["South Korea", "ROK"]),
    ];
}
