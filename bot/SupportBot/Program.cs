using SupportBot.Endpoints;
using SupportBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupportBot();

var app = builder.Build();
app.UseSupportPage();
app.MapBotEndpoints();
app.Run();

/// <summary>The host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
