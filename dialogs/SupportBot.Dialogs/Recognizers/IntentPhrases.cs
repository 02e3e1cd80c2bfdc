using SupportBot.Dialogs.Main;

namespace SupportBot.Dialogs.Recognizers;

/// <summary>
/// The phrases that route free text, in English and Turkish, written without diacritics because the
/// recognizer compares normalized text. Commands match only when they are the whole message (after
/// polite filler), so "help" interrupts a prompt but "I need help activating" starts activation.
/// Flows match when a phrase appears anywhere; the first flow in <see cref="Flows"/> wins, so the more
/// specific questions come first.
/// </summary>
internal static class IntentPhrases
{
    public static IReadOnlyList<string> Filler { get; } =
        ["please", "pls", "lutfen", "the", "a", "i want to", "i want", "istiyorum", "bana", "go to", "show", "show me", "goster"];

    public static IReadOnlyList<(SupportIntent Intent, string[] Phrases)> Commands { get; } =
    [
        (SupportIntent.Menu, [MenuReplies.Menu, "main menu", "ana menu", "options", "secenekler", "topics", "konular"]),
        (SupportIntent.Greeting, ["hi", "hello", "hey", "hi there", "good morning", "good afternoon", "merhaba", "selam", "gunaydin", "iyi gunler"]),
        (SupportIntent.Help, ["help", "help me", "what can you do", "yardim", "yardim et", "ne yapabilirsin", "neler yapabilirsin"]),
        (SupportIntent.Cancel, ["cancel", "stop", "quit", "exit", "never mind", "nevermind", "iptal", "iptal et", "vazgec", "vazgectim", "dur"]),
        (SupportIntent.StartOver, ["start over", "restart", "reset", "begin again", "bastan basla", "yeniden basla", "basa don", "bastan"]),
        (SupportIntent.SwitchToEnglish, ["english", "ingilizce", "in english", "switch to english", "ingilizce devam et"]),
        (SupportIntent.SwitchToTurkish, ["turkce", "turkish", "in turkish", "switch to turkish", "turkce devam et"]),
    ];

    /// <summary>Within the contract details flow: the request to see the Access ID and Contract ID in full.</summary>
    public static IReadOnlyList<string> ShowFullIds { get; } =
        [MenuReplies.ShowIds, "show full ids", "full ids", "show ids", "tam kimlikleri", "kimlikleri goster", "tam kimlik"];

    public static IReadOnlyList<(SupportIntent Intent, string[] Phrases)> Flows { get; } =
    [
        (SupportIntent.AccessIdAlreadyAssociated,
        [
            MenuReplies.AccessIdError, "already associated", "access id is already", "already linked", "associated to an account",
            "zaten iliskilendirilmis", "zaten iliskili", "zaten bagli", "erisim kimligi zaten",
        ]),
        (SupportIntent.IncidentsLeft,
        [
            MenuReplies.Incidents, "incidents left", "how many incidents", "incidents remaining", "remaining incidents", "incident count",
            "contract details", "my contract", "contracts", "access id", "contract id", "show full ids",
            MenuReplies.ShowIds, "full ids", "tam kimlikleri", "kimlikleri goster", "kac olayim", "olayim kaldi", "kac olayimiz",
            "kalan olay", "kac olay", "olay sayisi", "kac tane olay", "olaylarim", "sozlesme", "sozlesmem", "erisim kimligi", "sozlesme kimligi",
        ]),
        (SupportIntent.ActivateBenefits,
        [
            MenuReplies.Activate, "activation", "activating", "turn on benefits", "enable benefits",
            "etkinlestir", "etkinlestirme", "etkinlestirmek", "aktif et", "aktiflestir", "aktivasyon",
        ]),
        (SupportIntent.CheckEligibility,
        [
            MenuReplies.Eligibility, "eligible", "am i eligible", "entitled", "entitlement", "not authorized", "do i have benefits", "my benefits",
            "uygunluk", "uygun muyum", "yetkili miyim", "yetkim", "hakkim", "haklarim", "avantajlarim", "avantajim var mi",
        ]),
        (SupportIntent.SupportPlans,
        [
            MenuReplies.Plans, "support plan", "support plans", "paid support", "premier", "advanced support", "partner support plan", "buy support",
            "destek plani", "destek planlari", "ucretli destek", "plan satin",
        ]),
        (SupportIntent.GetSupport,
        [
            MenuReplies.Support, MenuReplies.LogIncident, "get support", "open an incident", "open incident", "new incident", "log an incident", "create incident", "support request",
            "on premises", "on-premises", "onpremises", "cloud", "azure", "signature", "product support",
            "destek", "destek al", "olay ac", "olay olustur", "yeni olay", "destek talebi", "sirket ici", "bulut",
        ]),
    ];
}
