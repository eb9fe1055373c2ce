using Npgsql;
using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Activities.Database;

/// <summary>Turns <c>DATABASE_URL</c> into an Npgsql connection string. Accepts the URL form most platforms hand out
/// (<c>postgres://user:pass@host:port/db?sslmode=require</c>) and plain Npgsql strings
/// (<c>Host=...;Username=...</c>).</summary>
public static class PostgresConnectionString
{
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return FromUrl(trimmed);
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(trimmed);
        }
        catch (ArgumentException ex)
        {
            // The message of the builder may quote the string (and so the password): keep only what is safe.
            throw new BadInputException(
                "DATABASE_URL is neither a postgres:// URL nor a valid Npgsql connection string "
                + $"({ex.ParamName ?? "format"})");
        }
    }

    /// <summary><c>host:port</c> for messages: never the user or password.</summary>
    public static string Endpoint(NpgsqlConnectionStringBuilder builder)
        => $"{builder.Host ?? "localhost"}:{builder.Port}";

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new BadInputException(
                "DATABASE_URL is not a valid URL: expected postgres://user:pass@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var val = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            ApplyQueryParameter(builder, key, val);
        }

        return builder;
    }

    private static void ApplyQueryParameter(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                builder.SslMode = value.ToLowerInvariant() switch
                {
                    "disable" => SslMode.Disable,
                    "allow" => SslMode.Allow,
                    "prefer" => SslMode.Prefer,
                    "require" => SslMode.Require,
                    "verify-ca" => SslMode.VerifyCA,
                    "verify-full" => SslMode.VerifyFull,
                    _ => throw new BadInputException(
                        $"DATABASE_URL: sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, "
                        + "verify-full"),
                };
                break;
            case "connect_timeout":
                builder.Timeout = int.TryParse(value, out var seconds) ? seconds
                    : throw new BadInputException(
                        $"DATABASE_URL: connect_timeout '{value}' is not a number of seconds");
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "options":
                builder.Options = value;
                break;
            default:
                try
                {
                    builder[key] = value;
                }
                catch (ArgumentException)
                {
                    throw new BadInputException(
                        $"DATABASE_URL: query parameter '{key}' is not a PostgreSQL connection setting");
                }

                break;
        }
    }
}
