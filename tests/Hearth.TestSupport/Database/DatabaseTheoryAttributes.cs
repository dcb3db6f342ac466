using System.Reflection;
using Hearth.Data;
using Xunit;
using Xunit.Sdk;

namespace Hearth.TestSupport.Database;

/// <summary>
/// Runs a theory once per shipped database: SQLite always, PostgreSQL when the test server is there
/// (and always under CI, where a missing server fails the test rather than skipping it).
/// The test method takes a <see cref="DatabaseProvider"/> as its first parameter.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [DatabaseProvider.Sqlite];
        if (TestEnvironment.RunPostgres)
        {
            yield return [DatabaseProvider.Postgres];
        }
    }
}
