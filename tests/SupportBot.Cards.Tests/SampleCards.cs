namespace SupportBot.Cards.Tests;

/// <summary>Every template bound with data that takes each of its branches, in English and Turkish.</summary>
public static class SampleCards
{
    private static readonly SubmitButton MenuButton = new("Menu", "menu");

    public static MenuCardData Menu { get; } = new(
        "How can I help?",
        "Pick a topic, or just type your question.",
        [
            new("Check eligibility", "eligibility"),
            new("Activate benefits", "activate"),
            new("Get support", "support"),
            new("Incidents left and contract details", "contracts"),
            new("\"Access ID is already associated\"", "access-id-error"),
            new("Paid support plans", "plans"),
        ]);

    public static MenuCardData MenuTurkish { get; } = new(
        "Size nasıl yardımcı olabilirim?",
        "Bir konu seçin ya da sorunuzu yazın.",
        [
            new("Uygunluğu kontrol et", "eligibility"),
            new("Avantajları etkinleştir", "activate"),
            new("Destek al", "support"),
            new("Kalan olaylar ve sözleşme ayrıntıları", "contracts"),
            new("\"Erişim kimliği zaten ilişkilendirilmiş\"", "access-id-error"),
            new("Ücretli destek planları", "plans"),
        ]);

    public static ContractCardData ActiveContract { get; } = new(
        "Microsoft Product Support",
        ContractStatus.Active,
        "Active",
        new("Start date", "1 March 2026"),
        new("End date", "28 February 2027"),
        new("Used", "3"),
        new("Left", "17 of 20"),
        "Recent incidents",
        [
            new("12 May 2026", "SQL Server 2022 failover cluster does not start", "B"),
            new("2 May 2026", "Exchange Server ${mailbox} \"migration\" stalls", "C"),
            new("20 April 2026", "Windows Server 2022 update error 0x800f0922", "A"),
        ],
        new("Access ID", "••••••••7F3A"),
        new("Contract ID", "••••••••91C2"),
        "Full IDs are shown only to Global admins and MPN partner admins.",
        "fabrikam-product-support",
        new("Log an incident", "log-incident"),
        new("Show full IDs", "show-ids"),
        MenuButton,
        [new("Support for Business", new Uri("https://support.serviceshub.microsoft.com/supportforbusiness/create"))]);

    public static ContractCardData UsedUpContract { get; } = new(
        "Signature Cloud Support (5pack)",
        ContractStatus.UsedUp,
        "Kullanıldı",
        new("Başlangıç tarihi", "1 Mart 2026"),
        new("Bitiş tarihi", "28 Şubat 2027"),
        new("Kullanılan", "5"),
        new("Kalan", "0 / 5"),
        "Son olaylar",
        [],
        new("Erişim Kimliği", "••••••••2B10"),
        new("Sözleşme Kimliği", "••••••••44D8"),
        "Tam kimlikleri yalnızca Genel yöneticiler ve MPN iş ortağı yöneticileri görebilir.",
        "tailspin-signature-5pack",
        new("Olay kaydet", "log-incident"),
        null,
        new("Menü", "menu"),
        [
            new("Support for Business", new Uri("https://support.serviceshub.microsoft.com/supportforbusiness/create")),
            new("Azure portal", new Uri("https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade")),
        ]);

    public static ContractCardData ExpiredContract { get; } = ActiveContract with
    {
        Status = ContractStatus.Expired,
        StatusText = "Expired",
        Left = new("Left", "Unlimited"),
        PortalLinks = [],
    };

    public static EligibilityCardData CspAgentEligibility { get; } = new(
        "Your eligibility",
        [
            new("MPN association", false, "Your account is associated with CSP only.", "Sign in with an MPN-associated account."),
            new("Role: Admin agent", true, "You can open requests for your customers through CSP.", null),
            new("Membership", false, "No Gold, Silver or Action Pack membership offer.", "Ask your Global admin which offers are active."),
        ],
        "What your company is entitled to",
        [
            new("On-premises", "Microsoft Product Support", "None", false, "Not activated"),
            new("Cloud", "Signature Cloud Support", "None", false, "Not activated"),
        ],
        MenuButton);

    public static EligibilityCardData GoldAdminEligibilityTurkish { get; } = new(
        "Uygunluğunuz",
        [
            new("MPN ilişkilendirmesi", true, "Hesabınız MPN ile ilişkilendirilmiş.", null),
            new("Rol: Genel yönetici", true, "Avantajları görebilir ve etkinleştirebilirsiniz.", null),
        ],
        "Şirketinizin hakları",
        [
            new("Şirket içi", "Microsoft Ürün Desteği", "20 olay", true, "Etkin"),
            new("Bulut", "İmza Bulut Desteği (Signature Cloud Support)", "Sınırsız", true, "Etkin"),
        ],
        new("Menü", "menu"));

    public static IncidentConfirmationCardData IncidentBooked { get; } = new(
        "Incident booked",
        new("Contract", "Microsoft Product Support"),
        new("Product", "SQL Server 2022"),
        new("Title", "Cluster ${node} won't \"fail over\""),
        new("Severity", "B"),
        new("Opened at", "14 May 2026, 09:30"),
        new("Incidents left", "16 of 20"),
        MenuButton);

    public static SupportPlansCardData SupportPlans { get; } = new(
        "Paid partner support plans",
        "Your benefits have no incidents left for this. These plans cover it:",
        [
            new("Premier Support for Partners", "The top level of Microsoft technical support."),
            new("Advanced Support for Partners", "Cloud products only."),
        ],
        new("Compare plans", SupportPlansCardData.PartnerSupportPlansUrl),
        MenuButton);

    public static ActivationCardData PendingActivation { get; } = new(
        "Activation requested",
        new("Requested by", "silver.partneradmin@northwind.example"),
        new("Requested at", "14 May 2026, 09:30"),
        new("Status", "Pending"),
        "What happens next",
        "Processing takes up to a few days. Then your Access ID and Contract ID appear on the Technical benefits page.",
        MenuButton);

    public static PromptCardData ScopePrompt { get; } = new(
        "Is it about an on-premises product or a cloud service?",
        [new("On-premises", "On-premises"), new("Cloud", "Cloud")]);

    public static PromptCardData AnsweredConfirmTurkish { get; } = new(
        "Fabrikam için avantajların etkinleştirilmesini isteyeyim mi?",
        [new("Evet", "Evet"), new("Hayır", "Hayır")],
        "Evet");

    public static IReadOnlyList<SampleCard> All { get; } =
    [
        SampleCard.Of("menu", Menu),
        SampleCard.Of("menu-tr", MenuTurkish),
        SampleCard.Of("contract-active", ActiveContract),
        SampleCard.Of("contract-used-up-tr", UsedUpContract),
        SampleCard.Of("contract-expired", ExpiredContract),
        SampleCard.Of("eligibility-csp-agent", CspAgentEligibility),
        SampleCard.Of("eligibility-gold-admin-tr", GoldAdminEligibilityTurkish),
        SampleCard.Of("incident-confirmation", IncidentBooked),
        SampleCard.Of("support-plans", SupportPlans),
        SampleCard.Of("activation", PendingActivation),
        SampleCard.Of("contract-log-started", ActiveContract with { LogIncidentStarted = true }),
        SampleCard.Of("prompt", ScopePrompt),
        SampleCard.Of("prompt-answered-tr", AnsweredConfirmTurkish),
        SampleCard.Of("next-steps", new NextStepsCardData([new("Paid support plans", "plans"), MenuButton])),
    ];

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var card in All)
        {
            names.Add(card.Name);
        }

        return names;
    }

    public static SampleCard Named(string name) => All.Single(card => card.Name == name);
}
