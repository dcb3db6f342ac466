using Hearth.TestSupport.Web;

namespace Hearth.Web.Tests.Children.FindAChild;

/// <summary>
/// <see cref="HearthWebFactory"/> on SQLite with one public constructor, which xunit needs of a class fixture
/// (the base class has two).
/// </summary>
public sealed class ChildrenWebFactory : HearthWebFactory;
