using SupportBot.Benefits.Accounts;

namespace SupportBot.Endpoints;

/// <summary>
/// The support page at <c>/</c> (wwwroot: Web Chat over the bot's own Direct Line endpoint) and, in Development
/// only, the sample users its persona picker offers. In other environments the page gets its token from the site.
/// </summary>
public static class SupportPageEndpoints
{
    public static WebApplication UseSupportPage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        if (app.Environment.IsDevelopment())
        {
            app.MapGet("/api/personas", ListPersonasAsync);
        }

        return app;
    }

    private static async Task<IResult> ListPersonasAsync(IAccountDirectory accounts, CancellationToken cancellationToken)
    {
        var all = await accounts.ListAccountsAsync(cancellationToken: cancellationToken);
        var personas = all
            .OrderBy(account => account.PartnerId, StringComparer.Ordinal)
            .ThenBy(account => account.SignInName, StringComparer.Ordinal)
            .Select(account => new { account.SignInName, account.DisplayName, account.PartnerId });
        return Results.Ok(personas);
    }
}
