using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hearth.Data.Children;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hearth.Data.Bulk;

/// <summary>
/// Turns new entities straight into table rows from the EF Core model, without the change tracker: each entity
/// type's columns, the records it owns (in its own row or in their own tables), the foreign keys that tie owned
/// records to their owner, and the rows an ordinary save adds beside them (the change records the domain made and a
/// child's search words and text, as <see cref="HearthDbContext"/> prepares them). Tracking a graph of records costs
/// far more than writing it, and a bulk load never needs tracking.
/// </summary>
internal sealed class BulkRows
{
    private static readonly ConditionalWeakTable<IModel, ModelLayout> Layouts = [];
    private static readonly ConditionalWeakTable<ITable, IReadOnlyList<IColumn>> TableColumns = [];

    private readonly ModelLayout _layouts;
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

    public BulkRows(IModel model)
    {
        _layouts = Layouts.GetValue(model, m => new ModelLayout(m));
    }

    /// <summary>Each table's rows, every row's values in the order of <see cref="Columns"/>.</summary>
    public Dictionary<ITable, List<object?[]>> Tables { get; } = [];

    public int Count { get; private set; }

    public static IReadOnlyList<IColumn> Columns(ITable table) => TableColumns.GetValue(table, t => t.Columns.ToList());

    /// <summary>Adds a new entity, everything it owns, the entities it leads to and the rows saved beside them.</summary>
    public void Add(object entity)
    {
        if (!_seen.Add(entity))
        {
            return;
        }

        var layout = _layouts.Of(entity.GetType());
        var row = NewRow(layout.Table);
        Fill(layout, entity, row, owner: null);

        switch (entity)
        {
            case Child child:
                foreach (var (word, sound) in ChildSearchText.WordsAndSounds(child))
                {
                    Add(new ChildSearchWord(child.Id, word, sound));
                }

                break;
        }

        if (entity is AuditedEntity audited)
        {
            foreach (var change in audited.TakePendingChanges())
            {
                Add(change);
            }
        }
    }

    private void Fill(TypeLayout layout, object entity, object?[] row, object?[]? owner)
    {
        foreach (var value in layout.Values)
        {
            row[value.Column] = value.Read(entity);
        }

        foreach (var key in layout.OwnerKeys)
        {
            row[key.Column] = owner![key.OwnerColumn];
        }

        foreach (var navigation in layout.Navigations)
        {
            switch (navigation.Read(entity))
            {
                case null:
                    break;
                case System.Collections.IEnumerable many when navigation.IsCollection:
                    foreach (var item in many)
                    {
                        AddRelated(navigation, item, row);
                    }

                    break;
                case var one:
                    AddRelated(navigation, one, row);
                    break;
            }
        }
    }

    private void AddRelated(NavigationLayout navigation, object item, object?[] ownerRow)
    {
        if (!navigation.IsOwned)
        {
            Add(item);
            return;
        }

        var target = _layouts.Of(navigation.Target);
        Fill(target, item, target.SharesOwnerRow ? ownerRow : NewRow(target.Table), ownerRow);
    }

    private object?[] NewRow(ITable table)
    {
        if (!Tables.TryGetValue(table, out var rows))
        {
            Tables[table] = rows = [];
        }

        var row = new object?[Columns(table).Count];
        rows.Add(row);
        Count++;
        return row;
    }

    private sealed class ModelLayout(IModel model)
    {
        private readonly ConcurrentDictionary<Type, IEntityType> _roots = new();
        private readonly ConcurrentDictionary<IEntityType, TypeLayout> _types = new();

        public TypeLayout Of(Type type) => Of(_roots.GetOrAdd(
            type, t => model.FindEntityType(t) ?? throw new InvalidOperationException($"{t.Name} is not part of the Hearth database model.")));

        public TypeLayout Of(IEntityType type) => _types.GetOrAdd(type, TypeLayout.For);
    }

    private sealed record ColumnValue(int Column, Func<object, object?> Read);

    private sealed record OwnerKey(int Column, int OwnerColumn);

    private sealed record NavigationLayout(IEntityType Target, bool IsCollection, bool IsOwned, Func<object, object?> Read);

    private sealed record TypeLayout(ITable Table, bool SharesOwnerRow, IReadOnlyList<ColumnValue> Values, IReadOnlyList<OwnerKey> OwnerKeys, IReadOnlyList<NavigationLayout> Navigations)
    {
        public static TypeLayout For(IEntityType type)
        {
            var mapping = type.GetTableMappings().Single();
            var table = mapping.Table;
            var columns = Columns(table);
            var ownership = type.FindOwnership();
            var ownerTable = ownership?.PrincipalEntityType.GetTableMappings().Single().Table;
            var values = new List<ColumnValue>();
            var ownerKeys = new List<OwnerKey>();
            foreach (var columnMapping in mapping.ColumnMappings)
            {
                var property = columnMapping.Property;
                var column = Index(columns, columnMapping.Column);
                if (!property.IsShadowProperty())
                {
                    var getter = property.GetGetter();
                    var converter = columnMapping.TypeMapping.Converter;
                    values.Add(new ColumnValue(column, converter is null ? getter.GetClrValue : entity => Convert(getter.GetClrValue(entity), converter)));
                }
                else if (property.Name == ChildSearchText.NamesColumn && type.ClrType == typeof(Child))
                {
                    values.Add(new ColumnValue(column, entity => ChildSearchText.Names((Child)entity)));
                }
                else if (property.Name == ChildSearchText.PostcodeColumn && type.ClrType == typeof(Child))
                {
                    values.Add(new ColumnValue(column, entity => ChildSearchText.Postcode((Child)entity)));
                }
                else if (ownership is not null && ownership.Properties.ToList().IndexOf(property) is var at and >= 0)
                {
                    var principal = ownership.PrincipalKey.Properties[at];
                    var principalColumn = principal.GetTableColumnMappings().Single(m => m.Column.Table == ownerTable).Column;
                    ownerKeys.Add(new OwnerKey(column, Index(Columns(ownerTable!), principalColumn)));
                }
                else
                {
                    throw new InvalidOperationException($"The bulk loader cannot fill {type.DisplayName()}.{property.Name}: it is a shadow property that is not the key of an owner.");
                }
            }

            var navigations = type.GetNavigations()
                .Where(n => !n.IsOnDependent)
                .Select(n =>
                {
                    var getter = n.GetGetter();
                    return new NavigationLayout(n.TargetEntityType, n.IsCollection, n.ForeignKey.IsOwnership, getter.GetClrValue);
                })
                .ToList();
            return new TypeLayout(table, ownership is not null && ownerTable == table, values, ownerKeys, navigations);
        }

        private static int Index(IReadOnlyList<IColumn> columns, IColumn column)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (ReferenceEquals(columns[i], column))
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"The column {column.Name} is not in the table {column.Table.Name}.");
        }

        private static object? Convert(object? value, ValueConverter converter) => value is null ? null : converter.ConvertToProvider(value);
    }
}
