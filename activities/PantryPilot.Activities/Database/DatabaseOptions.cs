using Microsoft.Extensions.Configuration;

namespace PantryPilot.Activities.Database;

/// <summary>Where PostgreSQL is. From <c>DATABASE_URL</c> (postgres://user:pass@host:port/db or an Npgsql
/// connection string) or <c>ConnectionStrings:Pantry</c>. Never logged: <see cref="ToString"/> hides the
/// password.</summary>
public sealed record DatabaseOptions(string? ConnectionString)
{
    public const string UrlVariable = "DATABASE_URL";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    public static DatabaseOptions From(IConfiguration configuration) =>
        new(configuration[UrlVariable] ?? configuration.GetConnectionString("Pantry"));

    public override string ToString() => IsConfigured ? "DatabaseOptions { configured }"
        : "DatabaseOptions { not configured }";
}
