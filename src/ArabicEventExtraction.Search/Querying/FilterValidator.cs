using ArabicEventExtraction.Events;
using ArabicEventExtraction.Figures;
using ArabicEventExtraction.Search.Indexing;
using ArabicEventExtraction.Search.Storage;
using ArabicEventExtraction.Serialization;
using Microsoft.Data.Sqlite;

namespace ArabicEventExtraction.Search.Querying;

/// <summary>Checks filter values against the contract and the store; an unknown value is an error listing the valid ones.</summary>
public static class FilterValidator
{
    private const int MaxListed = 40;

    /// <summary>The filters in the form the store holds them (canonical names, folded place).</summary>
    public static SearchFilters Validate(SqliteConnection connection, SearchFilters f)
    {
        if (f.From is { } from && f.To is { } to && from > to)
            throw new SearchStoreException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
        if (f.Min is < 0) throw new SearchStoreException($"--min {f.Min} is negative");
        var result = f with
        {
            Category = Canonical<FigureCategory>(f.Category, "--category"),
            Group = Canonical<FigureGroup>(f.Group, "--group"),
            Kind = Canonical<EventKind>(f.Kind, "--kind"),
        };
        if (f.Place is { } place)
        {
            var key = EventIndexer.PlaceKey(place);
            if (!Exists(connection, "SELECT 1 FROM place_names WHERE name_key = $v LIMIT 1", key))
            {
                var known = Values(connection, "SELECT name FROM places GROUP BY name ORDER BY count(*) DESC, name LIMIT " + (MaxListed + 1));
                throw new SearchStoreException($"--place '{place}': no event in the store is in that place. {Listing("Places in the store", known)}");
            }
            result = result with { Place = key };
        }
        if (f.Actor is { } actor &&
            !Exists(connection, "SELECT 1 FROM actors WHERE code = $v COLLATE NOCASE OR name = $v LIMIT 1", actor))
        {
            var known = Values(connection, "SELECT COALESCE(code, name) AS k FROM actors GROUP BY k ORDER BY count(*) DESC, k LIMIT " + (MaxListed + 1));
            throw new SearchStoreException($"--actor '{actor}': no event in the store has that actor. {Listing("Actors in the store", known)}");
        }
        return result;
    }

    private static string? Canonical<T>(string? value, string option) where T : struct, Enum
    {
        if (value is null) return null;
        if (Names.TryParse<T>(value, out var parsed)) return Names.Of(parsed);
        var valid = string.Join(", ", Enum.GetValues<T>().Select(v => Names.Of(v)));
        throw new SearchStoreException($"{option} '{value}' is not one of: {valid}");
    }

    private static string Listing(string title, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return "The store holds none.";
        var shown = values.Take(MaxListed);
        return $"{title}: {string.Join(", ", shown)}{(values.Count > MaxListed ? ", ..." : "")}";
    }

    private static bool Exists(SqliteConnection connection, string sql, string value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return command.ExecuteScalar() is not null;
    }

    private static List<string> Values(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) if (!reader.IsDBNull(0)) values.Add(reader.GetString(0));
        return values;
    }
}
