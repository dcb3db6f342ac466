using Microsoft.EntityFrameworkCore;

namespace Hearth.Data;

public class HearthDbContext(DbContextOptions<HearthDbContext> options) : DbContext(options)
{
}
