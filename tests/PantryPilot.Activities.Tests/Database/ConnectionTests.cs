using Npgsql;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Activities.Tests.Database;

public sealed class ConnectionTests
{
    [Fact]
    public async Task OpenAsync_NothingListening_ThrowsRetryableUnavailableNamingHostWithoutPassword()
    {
        await using var db = new PantryDatabase(
            new DatabaseOptions("postgres://pantrypilot:s3cret-Pa55@127.0.0.1:1/pantrypilot"),
            new ConnectRetryOptions(2, TimeSpan.FromMilliseconds(10)));

        // An infrastructure fault, not bad input: the activity retry policy must be allowed to retry it.
        var ex = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => db.OpenAsync());

        Assert.StartsWith("PostgreSQL at 127.0.0.1:1 is unreachable", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Pa55", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_NotConfigured_ThrowsBadInputNamingDatabaseUrl()
    {
        await using var db = new PantryDatabase(new DatabaseOptions(null));

        var ex = await Assert.ThrowsAsync<BadInputException>(() => db.MigrateAsync());

        Assert.Contains("DATABASE_URL", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostgresUrl_MapsEveryPartAndDecodesEscapes()
    {
        var builder = PostgresConnectionString.Parse("postgresql://app%40corp:p%3Ass%2Fw@db.example.com:6543/pantry?sslmode=verify-full&application_name=pp");

        Assert.Equal("db.example.com", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("app@corp", builder.Username);
        Assert.Equal("p:ss/w", builder.Password);
        Assert.Equal("pantry", builder.Database);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("pp", builder.ApplicationName);
    }

    [Fact]
    public void Parse_UrlWithoutPort_UsesDefaultPort()
    {
        Assert.Equal(5432, PostgresConnectionString.Parse("postgres://u:p@localhost/db").Port);
    }

    [Fact]
    public void Parse_NpgsqlConnectionString_PassesThrough()
    {
        var builder = PostgresConnectionString.Parse("Host=10.0.0.5;Port=5433;Username=u;Password=p;Database=d");

        Assert.Equal("10.0.0.5", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("d", builder.Database);
    }

    [Fact]
    public void Parse_UnknownSslMode_ThrowsBadInputWithoutPassword()
    {
        var ex = Assert.Throws<BadInputException>(() => PostgresConnectionString.Parse("postgres://u:topsecret@h/db?sslmode=sometimes"));

        Assert.Contains("sslmode", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", ex.Message, StringComparison.Ordinal);
    }
}
