using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

// A load test of the web host: signed-in users browsing a child's record, finding a child and reading My work.
//   dotnet run -c Release --project bench/load/Hearth.Load -- <base url> <users> <seconds> <provider> <connection string> [think ms]
// With a think time each user pauses between pages (uniformly up to twice the figure), as people reading do; without
// one every user asks for the next page as soon as the last arrives, which measures the most the host can serve.
// It first gives each of the workers with the most open allocations a sign-in account (password below), so the
// database must be the one the web host uses; then every user signs in through the real sign-in page and loops.
var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5000");
var users = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 60;
var provider = Enum.Parse<DatabaseProvider>(args.Length > 3 ? args[3] : "Postgres", ignoreCase: true);
var connection = args.Length > 4 ? args[4] : "Host=127.0.0.1;Port=55447;Username=postgres;Database=sim_large";
var think = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 0;
const string Password = "hearth-load-test-2026";

var people = await LoadUsers.PrepareAsync(new HearthDatabaseSettings(provider, connection), users, Password);
Console.WriteLine($"{people.Count} users with caseloads ready; signing in at {baseUrl}");

var samples = new List<(string Page, double Milliseconds, HttpStatusCode Status)>();
var gate = new Lock();
var clients = new List<(HttpClient Client, LoadUser User)>();
foreach (var user in people)
{
    var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
    var client = new HttpClient(handler) { BaseAddress = baseUrl };
    var signIn = await client.GetStringAsync("/sign-in");
    var token = Regex.Match(signIn, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Email"] = user.Email,
        ["Password"] = Password,
        ["__RequestVerificationToken"] = token,
    });
    var response = await client.PostAsync("/sign-in", form);
    if (response.StatusCode != HttpStatusCode.Redirect)
    {
        Console.Error.WriteLine($"Sign-in failed for {user.Email}: {(int)response.StatusCode}");
        return 1;
    }

    clients.Add((client, user));
}

Console.WriteLine($"{clients.Count} users signed in; browsing for {seconds} s");
var clock = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(Math.Min(10, seconds / 6));
await Task.WhenAll(clients.Select((c, i) => Task.Run(async () =>
{
    var random = new Random(i);
    while (clock.Elapsed < until)
    {
        var roll = random.Next(3);
        var (page, url) = roll switch
        {
            0 => ("child record", $"/children/{c.User.ChildIds[random.Next(c.User.ChildIds.Count)]}"),
            1 => ("find a child", $"/children?Name={Uri.EscapeDataString(c.User.FamilyNames[random.Next(c.User.FamilyNames.Count)])}"),
            _ => ("my work", "/my-work"),
        };
        var started = Stopwatch.GetTimestamp();
        using var response = await c.Client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (clock.Elapsed > warmUp)
        {
            lock (gate)
            {
                samples.Add((page, elapsed, response.StatusCode));
            }
        }

        if (think > 0)
        {
            await Task.Delay(random.Next(0, 2 * think));
        }
    }
})));

var measured = (until - warmUp).TotalSeconds;
Console.WriteLine();
Console.WriteLine($"{users} users, think time {think} ms on average, {seconds} s ({warmUp.TotalSeconds:F0} s warm-up left out), {samples.Count} requests, {samples.Count / measured:F1} requests/s");
Console.WriteLine("| page | requests | errors | p50 ms | p95 ms | p99 ms |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var group in samples.GroupBy(s => s.Page).OrderBy(g => g.Key, StringComparer.Ordinal).Append(samples.GroupBy(_ => "all").Single()))
{
    var sorted = group.Select(s => s.Milliseconds).Order().ToList();
    var errors = group.Count(s => s.Status != HttpStatusCode.OK);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"| {group.Key} | {sorted.Count} | {errors} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} |"));
}

return 0;

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

/// <summary>A signed-in user of the load test: a worker with a caseload, their children, and names to search for.</summary>
internal sealed record LoadUser(string Email, IReadOnlyList<Guid> ChildIds, IReadOnlyList<string> FamilyNames);

internal static class LoadUsers
{
    private static readonly Guid ActorId = new("00000000-0000-7000-8000-00000010ad01");

    /// <summary>Gives the <paramref name="count"/> workers with the most open allocations an account (once), and returns them with their children.</summary>
    public static async Task<List<LoadUser>> PrepareAsync(HearthDatabaseSettings settings, int count, string password)
    {
        await using var db = new HearthDbContext(HearthDbContextOptions.Create(settings));
        var busiest = await db.Set<Allocation>().AsNoTracking()
            .Where(a => a.EndDate == null)
            .GroupBy(a => a.WorkerId)
            .Select(g => new { WorkerId = g.Key, Children = g.Count() })
            .OrderByDescending(g => g.Children)
            .ThenBy(g => g.WorkerId)
            .Take(count)
            .ToListAsync();
        var ids = busiest.Select(b => b.WorkerId).ToList();
        var workers = await db.Set<Worker>().Where(w => ids.Contains(w.Id)).ToListAsync();
        var accounts = await db.Set<UserAccount>().Where(u => u.WorkerId != null && ids.Contains(u.WorkerId.Value)).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var worker in workers.Where(w => accounts.All(a => a.WorkerId != w.Id)))
        {
            var change = new ChangeContext(ActorId, "Load test set-up", now, "Load test account");
            var account = UserAccount.Create(worker.Email, worker.FullName, worker.Role, worker.Id, "not yet set", change);
            account.ChangePassword(Passwords.Hash(account, password), change);
            db.Add(account);
            accounts.Add(account);
        }

        await db.SaveChangesAsync();
        var users = new List<LoadUser>();
        foreach (var worker in workers.OrderBy(w => w.Email.Value, StringComparer.Ordinal))
        {
            var children = await db.Set<Allocation>().AsNoTracking().Where(a => a.WorkerId == worker.Id && a.EndDate == null).Select(a => a.ChildId).ToListAsync();
            var names = await db.Set<Child>().AsNoTracking().Where(c => children.Contains(c.Id)).Select(c => c.Name.FamilyName).Distinct().ToListAsync();
            users.Add(new LoadUser(worker.Email.Value, children, names));
        }

        return users;
    }
}
