using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Pages.Caseload;

/// <summary>
/// <see cref="HearthWebFactory"/> on SQLite with one public constructor, which xunit needs of a class fixture
/// (HearthWebFactory itself has two).
/// </summary>
public sealed class SqliteWebFactory : HearthWebFactory;
