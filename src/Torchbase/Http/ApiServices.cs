using System.Security.Claims;
using Torchbase.Data;

namespace Torchbase.Http;

/// <summary>
/// What nearly every handler needs, bound as one parameter (<c>[AsParameters] ApiServices api</c>) so a handler's
/// signature names only what is particular to it: the route values, the query and the body.
/// </summary>
public readonly record struct ApiServices(AppDbContext Db, TimeProvider Clock, ClaimsPrincipal User, CancellationToken Ct);
