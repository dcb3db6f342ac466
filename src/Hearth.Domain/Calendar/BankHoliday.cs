namespace Hearth.Domain.Calendar;

/// <summary>A bank holiday: the day it falls on (after any substitution) and its published name.</summary>
public sealed record BankHoliday(DateOnly Date, string Name);
